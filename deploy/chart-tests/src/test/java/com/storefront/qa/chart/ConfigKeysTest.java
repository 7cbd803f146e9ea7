package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration key the chart writes is in the one list of keys in docs/kubernetes.md, the
 * list that also says what bin/run-local passes for it.
 */
class ConfigKeysTest {
  private static final Path DOC = HelmChart.DIR.resolve("../../docs/kubernetes.md").normalize();
  private static final Pattern CODE = Pattern.compile("`([^`]+)`");

  static Stream<Path> scenarios() {
    return HelmChart.scenarios().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("scenarios")
  void everyRenderedKeyIsDocumented(Path scenario) throws IOException {
    List<Pattern> documented = documentedKeys();
    Rendered r = Rendered.of(scenario.getFileName().toString().replace("-values.yaml", ""));
    for (String component : List.of("orchestrator", "reply-worker", "review-console")) {
      if (r.find("ConfigMap", "-" + component).isEmpty()) {
        continue;
      }
      for (String line : r.properties(component).lines().toList()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String key = line.substring(0, line.indexOf('='));
        assertThat(documented)
            .as("%s key %s is not in the key table of %s", component, key, DOC)
            .anyMatch(p -> p.matcher(key).matches());
      }
    }
  }

  /** The backticked keys of the table's first column; {@code <...>} stands for any name. */
  private static List<Pattern> documentedKeys() throws IOException {
    String doc = Files.readString(DOC);
    int start = doc.indexOf("## Configuration keys");
    int end = doc.indexOf("\n## ", start + 1);
    List<Pattern> keys = new ArrayList<>();
    for (String row : doc.substring(start, end).lines().filter(l -> l.startsWith("| `")).toList()) {
      Matcher m = CODE.matcher(row.split("\\|")[1]);
      while (m.find()) {
        String key = m.group(1);
        keys.add(Pattern.compile(Pattern.quote(key).replaceAll("<[^>]+>", "\\\\E.+\\\\Q")));
      }
    }
    assertThat(keys).as("key table in %s", DOC).hasSizeGreaterThan(10);
    return keys;
  }
}
