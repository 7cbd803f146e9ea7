package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import org.junit.jupiter.api.Test;

/**
 * The GPU scenario carries what a GPU worker needs (the GPU request, the start-up budget, the model
 * volume, the KEDA ScaledObject on the request lag); the minimal scenario has none of it.
 */
class GpuScenarioTest {
  private final Rendered gpu = Rendered.of("gpu-keda");

  @Test
  void workerRequestsAndLimitsTheGpu() {
    Container c = gpu.workerContainer();
    assertThat(c.getResources().getRequests()).containsEntry("nvidia.com/gpu", new Quantity("1"));
    assertThat(c.getResources().getLimits()).containsEntry("nvidia.com/gpu", new Quantity("1"));
    assertThat(c.getImage()).isEqualTo("storefront-qa/reply-worker-cuda:0.1.0");
    PodSpec pod = gpu.worker().getSpec().getTemplate().getSpec();
    assertThat(pod.getRuntimeClassName()).isEqualTo("nvidia");
    assertThat(pod.getNodeSelector()).containsEntry("nvidia.com/gpu.present", "true");
    assertThat(pod.getTolerations())
        .anySatisfy(t -> assertThat(t.getKey()).isEqualTo("nvidia.com/gpu"));
    assertThat(pod.getAffinity().getPodAntiAffinity()).isNotNull();
    assertThat(gpu.properties("reply-worker"))
        .contains("qa.worker.device=gpu", "qa.worker.dtype=fp16", "qa.worker.max-batch=32");
  }

  @Test
  void startupProbeBudgetCoversAModelLoad() {
    var startup = gpu.workerContainer().getStartupProbe();
    assertThat(startup.getHttpGet().getPath()).isEqualTo("/q/health/started");
    int budgetSeconds = startup.getPeriodSeconds() * startup.getFailureThreshold();
    assertThat(budgetSeconds).isEqualTo(1200);
    assertThat(gpu.workerContainer().getReadinessProbe().getHttpGet().getPath())
        .isEqualTo("/q/health/ready");
    assertThat(gpu.workerContainer().getLivenessProbe().getHttpGet().getPath())
        .isEqualTo("/q/health/live");
  }

  @Test
  void modelComesReadOnlyFromTheVolume() {
    StatefulSet sts = gpu.worker();
    Volume model =
        sts.getSpec().getTemplate().getSpec().getVolumes().stream()
            .filter(v -> v.getName().equals("model"))
            .findFirst()
            .orElseThrow();
    assertThat(model.getPersistentVolumeClaim().getClaimName()).isEqualTo("llm-models");
    assertThat(model.getPersistentVolumeClaim().getReadOnly()).isTrue();
    assertThat(gpu.workerContainer().getVolumeMounts())
        .anySatisfy(
            m -> {
              assertThat(m.getName()).isEqualTo("model");
              assertThat(m.getMountPath()).isEqualTo("/models");
              assertThat(m.getReadOnly()).isTrue();
            });
    assertThat(gpu.properties("reply-worker"))
        .contains("qa.worker.model-dir=/models/EXAONE-3.5-2.4B-Instruct");
  }

  @Test
  void kedaScalesOnTheLagOfTheRequestsTopic() {
    JsonNode spec = gpu.get("ScaledObject", "-reply-worker").tree().path("spec");
    assertThat(spec.path("scaleTargetRef").path("kind").asText()).isEqualTo("StatefulSet");
    assertThat(spec.path("scaleTargetRef").path("name").asText())
        .isEqualTo(gpu.worker().getMetadata().getName());
    assertThat(spec.path("minReplicaCount").asInt()).isEqualTo(1);
    assertThat(spec.path("maxReplicaCount").asInt()).isEqualTo(12);
    JsonNode trigger = spec.path("triggers").get(0);
    assertThat(trigger.path("type").asText()).isEqualTo("kafka");
    JsonNode meta = trigger.path("metadata");
    assertThat(meta.path("topic").asText()).isEqualTo("qa.generation.requests.v1");
    assertThat(meta.path("consumerGroup").asText()).isEqualTo("qa-reply-worker");
    assertThat(meta.path("lagThreshold").asText()).isEqualTo("16");
    assertThat(meta.path("activationLagThreshold").asText()).isEqualTo("4");
    assertThat(meta.path("sasl").asText()).isEqualTo("scram_sha512");
    assertThat(meta.path("tls").asText()).isEqualTo("enable");
    assertThat(trigger.path("authenticationRef").path("name").asText())
        .isEqualTo(gpu.get("TriggerAuthentication", "-reply-worker").name());
    // KEDA owns the replica count: the StatefulSet must not fight it on every upgrade.
    assertThat(gpu.worker().getSpec().getReplicas()).isNull();
  }

  @Test
  void workersAndOrchestratorHaveDisruptionBudgets() {
    assertThat(
            gpu.get("PodDisruptionBudget", "-reply-worker")
                .as(PodDisruptionBudget.class)
                .getSpec()
                .getMaxUnavailable()
                .getIntVal())
        .isEqualTo(1);
    assertThat(gpu.find("PodDisruptionBudget", "-orchestrator")).isPresent();
    assertThat(
            gpu.get("StatefulSet", "-orchestrator")
                .as(StatefulSet.class)
                .getSpec()
                .getVolumeClaimTemplates())
        .singleElement()
        .satisfies(p -> assertThat(p.getSpec().getStorageClassName()).isEqualTo("fast-ssd"));
  }

  @Test
  void minimalScenarioHasNoneOfIt() {
    Rendered minimal = Rendered.of("minimal");
    assertThat(minimal.ofKind("StatefulSet")).isEmpty();
    assertThat(minimal.ofKind("ScaledObject")).isEmpty();
    assertThat(minimal.ofKind("TriggerAuthentication")).isEmpty();
    assertThat(minimal.text())
        .doesNotContain("nvidia.com/gpu", "/models", "runtimeClassName", "keda.sh");
    for (PodSpec pod : minimal.podSpecs()) {
      assertThat(pod.getVolumes()).noneSatisfy(v -> assertThat(v.getName()).isEqualTo("model"));
      for (Container c : pod.getContainers()) {
        assertThat(c.getResources().getLimits()).doesNotContainKey("nvidia.com/gpu");
      }
    }
    assertThat(minimal.properties("orchestrator"))
        .contains("qa.generation.enabled-by-default=false");
  }
}
