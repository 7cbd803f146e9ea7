package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * JAVA_OPTS: the worker's defaults add the incubating Vector API (its SIMD int8 kernels), and
 * extraJavaOpts is appended to javaOpts instead of replacing it.
 */
class JavaOptsTest {
  private static final String VECTOR = "--add-modules=jdk.incubator.vector";

  @Test
  void theWorkerGetsTheVectorModuleByDefault() {
    for (String scenario : new String[] {"cpu-worker", "gpu-keda"}) {
      assertThat(ServiceEnv.of(Rendered.of(scenario), "reply-worker").value("JAVA_OPTS"))
          .as(scenario)
          .contains(VECTOR)
          .contains("-XX:MaxRAMPercentage=50");
    }
  }

  @Test
  void extraJavaOptsAreAppended() {
    Rendered r =
        Rendered.of(
            HelmChart.scenario("cpu-worker"),
            Map.of(
                "replyWorker.extraJavaOpts", "-XX:ActiveProcessorCount=4",
                "orchestrator.extraJavaOpts", "-Xlog:gc",
                "reviewConsole.extraJavaOpts", "-Xss512k"));
    assertThat(ServiceEnv.of(r, "reply-worker").value("JAVA_OPTS"))
        .startsWith("-XX:MaxRAMPercentage=50")
        .contains(VECTOR)
        .endsWith(" -XX:ActiveProcessorCount=4");
    assertThat(ServiceEnv.of(r, "orchestrator").value("JAVA_OPTS"))
        .isEqualTo("-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Xlog:gc");
    assertThat(ServiceEnv.of(r, "review-console").value("JAVA_OPTS")).endsWith(" -Xss512k");
    // Without extras the value is javaOpts exactly (no trailing blank).
    assertThat(ServiceEnv.of(Rendered.of("cpu-worker"), "orchestrator").value("JAVA_OPTS"))
        .isEqualTo("-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError");
  }

  @Test
  void extraJavaOptsMustBeAString() {
    Throwable t =
        catchThrowable(
            () ->
                HelmChart.render(
                    HelmChart.scenario("cpu-worker"), Map.of("replyWorker.extraJavaOpts", 4)));
    assertThat(t).isNotNull();
    assertThat(t.getMessage()).contains("replyWorker/extraJavaOpts");
  }
}
