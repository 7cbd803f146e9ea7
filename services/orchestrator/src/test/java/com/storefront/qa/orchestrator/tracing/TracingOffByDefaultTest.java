package com.storefront.qa.orchestrator.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.TraceHeaders;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.json.EventSerdes;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.streams.StreamsProps;
import com.storefront.qa.orchestrator.support.Questions;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * With the shipped configuration tracing is off: the application's QaTracing wraps nothing, its
 * topology writes no trace header (even when the shop sent one), and no span exporter runs.
 */
@QuarkusTest
class TracingOffByDefaultTest {
  @Inject QaTracing tracing;
  @Inject QaSettings settings;

  @Test
  void theShippedConfigurationTracesNothing() throws Exception {
    assertThat(ConfigProvider.getConfig().getValue("quarkus.otel.sdk.disabled", Boolean.class))
        .isTrue();
    assertThat(tracing.enabled()).isFalse();

    var props =
        StreamsProps.forInstance("unused:9092", "qa-off-test", Files.createTempDirectory("off"));
    Instant now = Instant.now();
    try (var driver =
        new TopologyTestDriver(
            QaTopology.build(
                settings, new Moderator(), Clock.systemUTC(), QaMetrics.inMemory(), tracing),
            props,
            now)) {
      var bytes = new ByteArraySerializer();
      var questions = driver.createInputTopic(Topics.QUESTIONS, bytes, bytes);
      var answers =
          driver.createOutputTopic(
              Topics.ANSWERS, new StringDeserializer(), EventSerdes.ANSWER.deserializer());
      RecordHeaders fromShop = new RecordHeaders();
      TraceHeaders.set(
          fromShop,
          TraceHeaders.TRACEPARENT,
          "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01");
      questions.pipeInput(
          new TestRecord<>(
              Questions.key("q-off"),
              Questions.json("q-off", "shop-a", "en", Questions.EN_TEXT),
              fromShop,
              now));

      TestRecord<String, AnswerEvent> answer = answers.readRecord();
      assertThat(answer.value().questionId()).isEqualTo("q-off");
      assertThat(answer.headers().lastHeader(TraceHeaders.TRACEPARENT)).isNull();
      assertThat(answer.headers().lastHeader(TraceHeaders.TRACESTATE)).isNull();
    }
    // The SDK's batch span processor (what exports to the OTLP endpoint) starts a named thread.
    assertThat(Thread.getAllStackTraces().keySet())
        .extracting(Thread::getName)
        .noneMatch(name -> name.contains("BatchSpanProcessor"));
  }
}
