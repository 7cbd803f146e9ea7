package com.storefront.qa.chart;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.TemplateCommand;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The chart under test, rendered with the Helm library that helm-java embeds (no helm binary, no
 * cluster).
 */
final class HelmChart {
  static final String RELEASE = "shop";
  static final String NAMESPACE = "storefront";

  /** The Kubernetes version rendered for (helm-java's default is 1.20, below the chart's floor). */
  static final String KUBE_VERSION = "1.33.0";

  /** The chart folder, found from the module folder or the repository root. */
  static final Path DIR = locate();

  private HelmChart() {}

  /** The scenario files under ci/, sorted by name. */
  static List<Path> scenarios() {
    try (Stream<Path> files = Files.list(DIR.resolve("ci"))) {
      return files.filter(p -> p.toString().endsWith("-values.yaml")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path scenario(String name) {
    return DIR.resolve("ci").resolve(name + "-values.yaml");
  }

  /** Renders the release manifests (no hooks: Helm's template leaves them out). */
  static String render(Path valuesFile, Map<String, Object> sets) {
    return template(DIR, valuesFile, sets);
  }

  /**
   * Renders including the hook resources (topics Job, helm test pods): helm-java's template, like
   * an install's manifest, leaves hooks out, so this renders a copy of the chart whose hook
   * annotation key is renamed. The renamed key is {@link #HOOK_ANNOTATION_IN_COPY}.
   */
  static String renderWithHooks(Path valuesFile, Map<String, Object> sets) {
    return template(HookFreeCopy.of(DIR), valuesFile, sets);
  }

  /** What the {@code helm.sh/hook} annotation is called in {@link #renderWithHooks} output. */
  static final String HOOK_ANNOTATION_IN_COPY = HookFreeCopy.RENAMED;

  private static String template(Path chart, Path valuesFile, Map<String, Object> sets) {
    TemplateCommand cmd =
        new Helm(chart)
            .template()
            .withName(RELEASE)
            .withNamespace(NAMESPACE)
            .withKubeVersion(KUBE_VERSION);
    if (valuesFile != null) {
      cmd = cmd.withValuesFile(valuesFile);
    }
    for (Map.Entry<String, Object> e : sets.entrySet()) {
      cmd = cmd.set(e.getKey(), e.getValue());
    }
    return cmd.call();
  }

  private static Path locate() {
    for (Path p : List.of(Path.of("../../helm/storefront-qa"), Path.of("helm/storefront-qa"))) {
      if (Files.isRegularFile(p.resolve("Chart.yaml"))) {
        return p.toAbsolutePath().normalize();
      }
    }
    throw new IllegalStateException(
        "helm/storefront-qa not found from " + Path.of("").toAbsolutePath());
  }
}
