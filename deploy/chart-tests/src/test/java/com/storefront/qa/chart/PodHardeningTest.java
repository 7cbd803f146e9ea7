package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SecurityContext;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * In every scenario, every pod (hooks and tests included) runs non-root with a read-only root
 * filesystem, no privilege escalation and no capabilities, asks for resources, and carries the
 * standard labels; every name fits in 63 characters.
 */
class PodHardeningTest {
  static Stream<Path> scenarios() {
    return HelmChart.scenarios().stream();
  }

  private static Rendered render(Path scenario) {
    return Rendered.of(scenario.getFileName().toString().replace("-values.yaml", ""));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyContainerIsLockedDown(Path scenario) {
    Rendered r = render(scenario);
    assertThat(r.podSpecs()).isNotEmpty();
    for (PodSpec pod : r.podSpecs()) {
      assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
      assertThat(pod.getSecurityContext().getSeccompProfile().getType())
          .isEqualTo("RuntimeDefault");
      assertThat(pod.getAutomountServiceAccountToken()).isFalse();
      for (Container c : pod.getContainers()) {
        SecurityContext sc = c.getSecurityContext();
        assertThat(sc.getRunAsNonRoot()).as(c.getName()).isTrue();
        assertThat(sc.getReadOnlyRootFilesystem()).as(c.getName()).isTrue();
        assertThat(sc.getAllowPrivilegeEscalation()).as(c.getName()).isFalse();
        assertThat(sc.getCapabilities().getDrop()).as(c.getName()).containsExactly("ALL");
        assertThat(sc.getCapabilities().getAdd()).as(c.getName()).isNullOrEmpty();
        assertThat(c.getResources().getRequests()).as(c.getName()).containsKeys("cpu", "memory");
        assertThat(c.getResources().getLimits()).as(c.getName()).containsKey("memory");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void serviceContainersProbeTheirHealthEndpoints(Path scenario) {
    Rendered r = render(scenario);
    r.manifests().stream()
        .filter(m -> m.kind().equals("Deployment") || m.kind().equals("StatefulSet"))
        .map(m -> Rendered.podSpec(m).orElseThrow().getContainers().get(0))
        .forEach(
            c -> {
              assertThat(c.getStartupProbe().getHttpGet().getPath()).isEqualTo("/q/health/started");
              assertThat(c.getReadinessProbe().getHttpGet().getPath()).isEqualTo("/q/health/ready");
              assertThat(c.getLivenessProbe().getHttpGet().getPath()).isEqualTo("/q/health/live");
            });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyResourceHasTheStandardLabels(Path scenario) {
    for (Manifest m : render(scenario).manifests()) {
      assertThat(m.label("app.kubernetes.io/name")).as(m.toString()).isEqualTo("storefront-qa");
      assertThat(m.label("app.kubernetes.io/instance"))
          .as(m.toString())
          .isEqualTo(HelmChart.RELEASE);
      assertThat(m.label("app.kubernetes.io/managed-by")).as(m.toString()).isEqualTo("Helm");
      assertThat(m.label("app.kubernetes.io/version")).as(m.toString()).isEqualTo("0.1.0");
      assertThat(m.label("helm.sh/chart")).as(m.toString()).isEqualTo("storefront-qa-0.1.0");
      assertThat(m.name().length()).as(m.toString()).isLessThanOrEqualTo(63);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void longReleaseNamesAreCutAt63AndStayDistinct(Path scenario) {
    String release = "a-release-name-that-is-far-too-long-for-a-kubernetes-dns-label-really";
    String text =
        HelmChart.renderWithHooks(scenario, Map.of("fullnameOverride", release.substring(0, 63)));
    var manifests = Manifests.parse(text);
    for (Manifest m : manifests) {
      assertThat(m.name().length()).as(m.toString()).isLessThanOrEqualTo(63);
      assertThat(m.name()).as(m.toString()).doesNotEndWith("-");
    }
    assertThat(manifests.stream().map(m -> m.kind() + "/" + m.name()).distinct().count())
        .isEqualTo(manifests.size());
  }
}
