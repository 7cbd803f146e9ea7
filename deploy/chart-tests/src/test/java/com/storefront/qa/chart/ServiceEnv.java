package com.storefront.qa.chart;

import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The environment of the three service containers of a render, looked up by name. */
record ServiceEnv(List<EnvVar> env) {
  /** The components whose containers run a Quarkus service. */
  static final List<String> SERVICES = List.of("orchestrator", "reply-worker", "review-console");

  /** A component's service container (orchestrator, reply-worker or review-console). */
  static ServiceEnv of(Rendered r, String component) {
    PodSpec pod =
        r.manifests().stream()
            .filter(m -> m.kind().equals("Deployment") || m.kind().equals("StatefulSet"))
            .filter(m -> m.name().endsWith("-" + component))
            .findFirst()
            .flatMap(Rendered::podSpec)
            .orElseThrow(
                () -> new AssertionError("no workload *-" + component + " in " + r.names()));
    return new ServiceEnv(pod.getContainers().get(0).getEnv());
  }

  /** Every service container of a render, by component. */
  static Map<String, ServiceEnv> all(Rendered r) {
    return Map.of(
        SERVICES.get(0), of(r, SERVICES.get(0)),
        SERVICES.get(1), of(r, SERVICES.get(1)),
        SERVICES.get(2), of(r, SERVICES.get(2)));
  }

  Optional<EnvVar> find(String name) {
    return env.stream().filter(e -> e.getName().equals(name)).findFirst();
  }

  /** A literal value; fails when the variable is missing or comes from elsewhere. */
  String value(String name) {
    EnvVar e = find(name).orElseThrow(() -> new AssertionError(name + " is not set"));
    if (e.getValueFrom() != null) {
      throw new AssertionError(name + " is not a literal value: " + e.getValueFrom());
    }
    return e.getValue();
  }

  /** "secret/key" of a variable taken from a Secret. */
  String secret(String name) {
    EnvVar e = find(name).orElseThrow(() -> new AssertionError(name + " is not set"));
    var ref = e.getValueFrom().getSecretKeyRef();
    return ref.getName() + "/" + ref.getKey();
  }

  List<String> names() {
    return env.stream().map(EnvVar::getName).toList();
  }
}
