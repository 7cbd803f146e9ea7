package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.PodSpec;
import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No scenario renders a password, key or token: the chart creates no Secret, every secret-looking
 * environment variable comes from a secretKeyRef, and no configuration line carries a literal
 * credential (the JAAS line refers to the environment).
 */
class NoLiteralSecretsTest {
  private static final Pattern SECRET_NAME =
      Pattern.compile("(?i).*(password|secret|token|api_?key|encryption|ref_key).*");
  private static final Pattern LITERAL_CREDENTIAL =
      Pattern.compile(
          "(?im)(password|passwd|secret|token|api[-_.]?key|encryption[-_.]key|customer-ref-key)"
              + "(\\s*=\\s*|:\\s+)\"?(?!\\$\\{)[^\\s\"{]+");

  private static String configMapText(Manifest m) {
    StringBuilder text = new StringBuilder();
    m.tree().path("data").forEach(v -> text.append(v.asText()).append('\n'));
    return text.toString();
  }

  static Stream<Path> scenarios() {
    return HelmChart.scenarios().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void nothingSecretIsRendered(Path scenario) {
    Rendered r = Rendered.of(scenario.getFileName().toString().replace("-values.yaml", ""));
    assertThat(r.ofKind("Secret")).as("the chart never creates a Secret").isEmpty();
    for (PodSpec pod : r.podSpecs()) {
      for (Container c : pod.getContainers()) {
        for (EnvVar e : c.getEnv()) {
          if (SECRET_NAME.matcher(e.getName()).matches()) {
            assertThat(e.getValue()).as(e.getName()).isNull();
            assertThat(e.getValueFrom().getSecretKeyRef()).as(e.getName()).isNotNull();
          }
        }
      }
    }
    String config =
        String.join("\n", r.ofKind("ConfigMap").stream().map(m -> configMapText(m)).toList());
    assertThat(LITERAL_CREDENTIAL.matcher(config).results().map(m -> m.group()).toList()).isEmpty();
  }
}
