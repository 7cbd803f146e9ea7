package com.storefront.qa.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.marcnuri.helm.Helm;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The play kube adaptations of the minimal scenario, without podman. */
class PlayKubeTest {
  private static final Path CHART = Cmd.ROOT.resolve("helm/storefront-qa");

  private static String adapted() {
    String rendered =
        new Helm(CHART)
            .template()
            .withName("shop")
            .withNamespace("storefront")
            .withKubeVersion("1.33.0")
            .withValuesFile(CHART.resolve("ci/minimal-values.yaml"))
            .call();
    return PlayKube.adapt(
        rendered,
        new PlayKube.Target(
            "localhost:19092",
            "jdbc:postgresql://127.0.0.1:15432/postgres",
            Map.of("orchestrator", 18081, "review-console", 18082)));
  }

  @Test
  void keepsOnlyConfigMapsAndDeploymentsOnTheHostNetwork() {
    List<ObjectNode> docs = PlayKube.documents(adapted());
    assertThat(docs)
        .extracting(d -> d.path("kind").asText())
        .containsOnly("ConfigMap", "Deployment");
    for (ObjectNode d : docs) {
      if (d.path("kind").asText().equals("Deployment")) {
        JsonNode pod = d.path("spec").path("template").path("spec");
        assertThat(pod.path("hostNetwork").asBoolean()).isTrue();
        // The chart's pod security is kept as rendered.
        assertThat(pod.path("securityContext").path("runAsUser").asInt()).isEqualTo(10001);
        for (JsonNode c : pod.path("containers")) {
          assertThat(c.has("ports")).isFalse();
          assertThat(c.path("readinessProbe").path("httpGet").path("port").isInt()).isTrue();
          assertThat(c.path("securityContext").path("readOnlyRootFilesystem").asBoolean()).isTrue();
          assertThat(c.path("image").asText()).startsWith("storefront-qa/");
        }
      }
    }
  }

  @Test
  void pointsTheConfigMapsAtTheTestInfrastructure() {
    String yaml = adapted();
    assertThat(yaml)
        .contains("kafka.bootstrap.servers=localhost:19092")
        .contains("quarkus.datasource.jdbc.url=jdbc:postgresql://127.0.0.1:15432/postgres")
        .contains("quarkus.http.port=18081")
        .contains("quarkus.http.port=18082")
        .doesNotContain("kafka.kafka.svc")
        .doesNotContain("postgresql.db.svc");
  }

  @Test
  void namesEmptyDirsPerDeploymentAndListsTheSecrets() {
    String yaml = adapted();
    assertThat(PlayKube.emptyDirVolumes(yaml))
        .contains("shop-storefront-qa-orchestrator-tmp", "shop-storefront-qa-review-console-tmp")
        .doesNotHaveDuplicates();
    assertThat(PlayKube.secretNames(yaml))
        .containsExactlyInAnyOrder("storefront-qa-postgresql", "storefront-qa-audit");
    String secret = PlayKube.podmanSecret(Map.of("password", "pw"));
    assertThat(secret)
        .isEqualTo(
            "{\"password\":\"" + Base64.getEncoder().encodeToString("pw".getBytes()) + "\"}");
  }
}
