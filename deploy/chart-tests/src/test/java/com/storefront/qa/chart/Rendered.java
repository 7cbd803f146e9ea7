package com.storefront.qa.chart;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.api.model.batch.v1.Job;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A scenario's parsed manifests, with lookups the tests share. */
record Rendered(String text, List<Manifest> manifests) {
  private static final Map<String, Rendered> SCENARIOS = new ConcurrentHashMap<>();

  /** A ci/ scenario, rendered once per test run (renders are pure). */
  static Rendered of(String scenario) {
    return SCENARIOS.computeIfAbsent(scenario, s -> of(HelmChart.scenario(s), Map.of()));
  }

  static Rendered of(Path values, Map<String, Object> sets) {
    String text = HelmChart.renderWithHooks(values, sets);
    return new Rendered(text, Manifests.parse(text));
  }

  List<Manifest> ofKind(String kind) {
    return manifests.stream().filter(m -> m.kind().equals(kind)).toList();
  }

  Optional<Manifest> find(String kind, String nameSuffix) {
    return ofKind(kind).stream().filter(m -> m.name().endsWith(nameSuffix)).findFirst();
  }

  Manifest get(String kind, String nameSuffix) {
    return find(kind, nameSuffix)
        .orElseThrow(() -> new AssertionError("no " + kind + " *" + nameSuffix + " in " + names()));
  }

  StatefulSet worker() {
    return get("StatefulSet", "-reply-worker").as(StatefulSet.class);
  }

  Container workerContainer() {
    return worker().getSpec().getTemplate().getSpec().getContainers().get(0);
  }

  /** application.properties of a component's ConfigMap. */
  String properties(String component) {
    return get("ConfigMap", "-" + component)
        .as(ConfigMap.class)
        .getData()
        .get("application.properties");
  }

  /** Every pod spec: workloads' templates, Jobs' templates and bare Pods (helm tests). */
  List<PodSpec> podSpecs() {
    return manifests.stream().map(Rendered::podSpec).flatMap(Optional::stream).toList();
  }

  List<String> names() {
    return manifests.stream().map(Manifest::toString).toList();
  }

  static Optional<PodSpec> podSpec(Manifest m) {
    Object o = m.model();
    if (o instanceof Deployment d) {
      return Optional.of(d.getSpec().getTemplate().getSpec());
    } else if (o instanceof StatefulSet s) {
      return Optional.of(s.getSpec().getTemplate().getSpec());
    } else if (o instanceof Job j) {
      return Optional.of(j.getSpec().getTemplate().getSpec());
    } else if (o instanceof Pod p) {
      return Optional.of(p.getSpec());
    }
    return Optional.empty();
  }
}
