package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Bad values are refused before anything reaches a cluster, with a message that names the key: by
 * values.schema.json (types, bounds, unknown keys, required secret names) or, for rules across
 * keys, by the chart's own checks.
 */
class ValuesSchemaTest {
  private static String refusal(String valuesScenario, Map<String, Object> sets) {
    Throwable t =
        org.assertj.core.api.Assertions.catchThrowable(
            () -> HelmChart.render(HelmChart.scenario(valuesScenario), sets));
    assertThat(t).as("render with %s should be refused", sets).isNotNull();
    // Shown in the test log: this is what an operator reads.
    System.out.println(
        "refused "
            + sets
            + ":"
            + t.getMessage().lines().limit(4).map(l -> "\n  " + l).reduce("", String::concat));
    return t.getMessage();
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "orchestrator.replicas, 0, orchestrator/replicas",
    "reviewConsole.replicas, 0, reviewConsole/replicas",
    "replyWorker.replicas, 0, replyWorker/replicas",
    "replyWorker.keda.minReplicas, 0, replyWorker/keda/minReplicas",
    "topics.partitions, 0, topics/partitions",
  })
  void zeroReplicasAreRefused(String key, int value, String path) {
    assertThat(refusal("gpu-keda", Map.of(key, value)))
        .contains("values don't meet the specifications of the schema")
        .contains(path)
        .contains("minimum");
  }

  @Test
  void unknownKeyIsRefused() {
    assertThat(refusal("minimal", Map.of("orchestrator.replica", 2)))
        .contains("orchestrator")
        .contains("additional properties 'replica' not allowed");
    assertThat(refusal("minimal", Map.of("replyWorker.gpu.enable", true)))
        .contains("additional properties 'enable' not allowed");
  }

  @Test
  void missingSecretNamesAreRefused() {
    assertThat(refusal("minimal", Map.of("postgresql.existingSecret", "")))
        .contains("postgresql/existingSecret")
        .contains("minLength");
    assertThat(refusal("minimal", Map.of("reviewConsole.audit.customerRefKey.existingSecret", "")))
        .contains("customerRefKey/existingSecret");
    assertThat(refusal("minimal", Map.of("kafka.sasl.enabled", true)))
        .contains("kafka/sasl/existingSecret");
    assertThat(refusal("console-oidc-ingress", Map.of("reviewConsole.session.existingSecret", "")))
        .contains("reviewConsole/session/existingSecret");
    assertThat(refusal("console-oidc-ingress", Map.of("reviewConsole.ingress.tls.secretName", "")))
        .contains("reviewConsole/ingress/tls/secretName");
  }

  @Test
  void badEnumsAndFormatsAreRefused() {
    assertThat(refusal("minimal", Map.of("topics.management", "manual")))
        .contains("topics/management");
    assertThat(refusal("minimal", Map.of("kafka.bootstrapServers", "kafka")))
        .contains("kafka/bootstrapServers");
    assertThat(refusal("gpu-keda", Map.of("replyWorker.model.source", "s3")))
        .contains("replyWorker/model/source");
    assertThat(refusal("gpu-keda", Map.of("replyWorker.dtype", "bf16")))
        .contains("replyWorker/dtype");
    assertThat(refusal("gpu-keda", Map.of("replyWorker.model.pvc.claimName", "")))
        .contains("claimName");
  }

  @Test
  void replicasBeyondThePartitionsAreRefused() {
    assertThat(refusal("gpu-keda", Map.of("replyWorker.keda.maxReplicas", 13)))
        .contains("replyWorker.keda.maxReplicas=13 exceeds topics.partitions=12");
    assertThat(refusal("minimal", Map.of("orchestrator.replicas", 4)))
        .contains("orchestrator.replicas=4 exceeds topics.partitions=3");
    assertThat(refusal("strimzi-topics", Map.of("topics.strimzi.clusterName", "")))
        .contains("topics.strimzi.clusterName");
  }

  @Test
  void defaultValuesRender() {
    assertThat(HelmChart.render(null, Map.of())).contains("kind: StatefulSet");
  }

  @Test
  void replicasAtThePartitionCountAreAccepted() {
    assertThat(
            HelmChart.render(
                HelmChart.scenario("gpu-keda"), Map.of("replyWorker.keda.maxReplicas", 12)))
        .contains("maxReplicaCount: 12");
  }
}
