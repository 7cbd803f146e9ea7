package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * tracing.enabled / tracing.otlpEndpoint: the Quarkus OpenTelemetry runtime keys as environment
 * variables on the orchestrator, the reply workers and the review console. Off by default (the SDK
 * disabled, no endpoint), on with the endpoint everywhere, and never on without an endpoint.
 */
class TracingValuesTest {
  private static final String ENDPOINT = "http://otel-collector.observability.svc:4317";

  @Test
  void offByDefaultInEveryScenario() {
    for (var scenario : HelmChart.scenarios()) {
      Rendered r = Rendered.of(scenario.getFileName().toString().replace("-values.yaml", ""));
      for (String component : ServiceEnv.SERVICES) {
        if (r.manifests().stream().noneMatch(m -> m.name().endsWith("-" + component))) {
          continue; // e.g. no worker in the minimal scenario
        }
        ServiceEnv env = ServiceEnv.of(r, component);
        assertThat(env.value("QUARKUS_OTEL_SDK_DISABLED")).as(component).isEqualTo("true");
        assertThat(env.names()).as(component).doesNotContain("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT");
      }
    }
  }

  @Test
  void onSetsTheEndpointOnAllThreeServices() {
    Rendered r =
        Rendered.of(
            HelmChart.scenario("cpu-worker"),
            Map.of("tracing.enabled", true, "tracing.otlpEndpoint", ENDPOINT));
    Map<String, ServiceEnv> all = ServiceEnv.all(r);
    assertThat(all).hasSize(3);
    all.forEach(
        (component, env) -> {
          assertThat(env.value("QUARKUS_OTEL_SDK_DISABLED")).as(component).isEqualTo("false");
          assertThat(env.value("QUARKUS_OTEL_EXPORTER_OTLP_ENDPOINT"))
              .as(component)
              .isEqualTo(ENDPOINT);
        });
    // The service pods may reach the collector: an egress rule on the OTLP ports in their policies
    // (the topics Job's policy stays DNS and Kafka only).
    List<Manifest> services =
        r.ofKind("NetworkPolicy").stream()
            .filter(m -> ServiceEnv.SERVICES.stream().anyMatch(c -> m.name().endsWith("-" + c)))
            .toList();
    assertThat(services).hasSize(3);
    for (Manifest m : services) {
      List<Integer> ports = egressPorts(m.as(NetworkPolicy.class));
      assertThat(ports).as(m.name()).contains(4317, 4318);
    }
    for (Manifest m : Rendered.of("cpu-worker").ofKind("NetworkPolicy")) {
      assertThat(egressPorts(m.as(NetworkPolicy.class))).as(m.name()).doesNotContain(4317);
    }
  }

  private static List<Integer> egressPorts(NetworkPolicy p) {
    return p.getSpec().getEgress().stream()
        .flatMap(e -> e.getPorts().stream())
        .map(NetworkPolicyPort::getPort)
        .filter(port -> port.getIntVal() != null)
        .map(port -> port.getIntVal())
        .toList();
  }

  @Test
  void onWithoutAnEndpointIsRefused() {
    Throwable t =
        catchThrowable(
            () -> HelmChart.render(HelmChart.scenario("minimal"), Map.of("tracing.enabled", true)));
    assertThat(t).isNotNull();
    assertThat(t.getMessage()).contains("tracing").contains("otlpEndpoint");
    Throwable bad =
        catchThrowable(
            () ->
                HelmChart.render(
                    HelmChart.scenario("minimal"),
                    Map.of("tracing.enabled", true, "tracing.otlpEndpoint", "collector:4317")));
    assertThat(bad).isNotNull();
    assertThat(bad.getMessage()).contains("tracing/otlpEndpoint");
    Throwable unknown =
        catchThrowable(
            () -> HelmChart.render(HelmChart.scenario("minimal"), Map.of("tracing.endpoint", "x")));
    assertThat(unknown).isNotNull();
    assertThat(unknown.getMessage()).contains("additional properties 'endpoint' not allowed");
  }
}
