package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import org.junit.jupiter.api.Test;

/** helm lint --strict on the chart with its default values (helm-java's lint takes no values). */
class ChartLintTest {
  @Test
  void lintsStrictlyWithoutFindings() {
    LintResult result = new Helm(HelmChart.DIR).lint().strict().call();
    assertThat(result.isFailed()).as("lint: %s", result.getMessages()).isFalse();
    assertThat(result.getMessages())
        .as("warnings fail a strict lint too")
        .noneMatch(m -> m.contains("[ERROR]") || m.contains("[WARNING]"));
  }
}
