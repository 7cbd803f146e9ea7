package com.storefront.qa.images;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The play kube adaptations of the minimal scenario with the worker, without podman. */
class PlayKubeTest {
  private static String adapted() {
    return PlayKube.adapt(
        PlayKubeSmoke.render(),
        new PlayKube.Target(
            "localhost:19092",
            "jdbc:postgresql://127.0.0.1:15432/postgres",
            Map.of("orchestrator", 18081, "review-console", 18082, "reply-worker", 18083)));
  }

  @Test
  void playsTheWorkerStatefulSetAsADeploymentWithTheModelFromTheHostPath() {
    ObjectNode worker =
        PlayKube.documents(adapted()).stream()
            .filter(d -> d.path("metadata").path("name").asText().equals(PlayKubeSmoke.WORKER))
            .filter(d -> d.path("kind").asText().equals("Deployment"))
            .findFirst()
            .orElseThrow();
    assertThat(worker.path("spec").has("serviceName")).isFalse();
    assertThat(worker.path("spec").path("replicas").asInt()).isEqualTo(1);
    JsonNode pod = worker.path("spec").path("template").path("spec");
    JsonNode model = null;
    for (JsonNode v : pod.path("volumes")) {
      if (v.path("name").asText().equals("model")) {
        model = v;
      }
    }
    assertThat(model).isNotNull();
    assertThat(model.path("hostPath").path("path").asText())
        .isEqualTo(Cmd.ROOT.resolve("models").toString());
    JsonNode env = pod.path("containers").get(0).path("env");
    assertThat(env.toString()).contains("--add-modules=jdk.incubator.vector");
    assertThat(adapted())
        .contains("qa.worker.model-dir=/models/demo")
        .contains("quarkus.http.port=18083");
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
        .contains(
            "shop-storefront-qa-orchestrator-tmp",
            "shop-storefront-qa-review-console-tmp",
            "shop-storefront-qa-reply-worker-tmp",
            "shop-storefront-qa-reply-worker-djl-cache")
        .doesNotHaveDuplicates();
    assertThat(PlayKube.secretNames(yaml))
        .containsExactlyInAnyOrder("storefront-qa-postgresql", "storefront-qa-audit");
    String secret = PlayKube.podmanSecret(Map.of("password", "pw"));
    assertThat(secret)
        .isEqualTo(
            "{\"password\":\"" + Base64.getEncoder().encodeToString("pw".getBytes()) + "\"}");
  }
}
