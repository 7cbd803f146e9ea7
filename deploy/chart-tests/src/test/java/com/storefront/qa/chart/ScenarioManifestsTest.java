package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every scenario under ci/ renders, hooks included, and every manifest parses strictly; the renders
 * are kept under target/rendered for a reviewer (and for the podman smoke test).
 */
class ScenarioManifestsTest {
  static Stream<Path> scenarios() {
    return HelmChart.scenarios().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyManifestParsesStrictly(Path scenario) throws IOException {
    String rendered = HelmChart.renderWithHooks(scenario, Map.of());
    Path out = Path.of("target/rendered");
    Files.createDirectories(out);
    Files.writeString(
        out.resolve(scenario.getFileName().toString().replace("-values", "")), rendered);

    List<Manifest> manifests = Manifests.parse(rendered);

    assertThat(manifests).isNotEmpty();
    assertThat(manifests).extracting(Manifest::kind).contains("ConfigMap", "NetworkPolicy");
  }
}
