package com.storefront.qa.review.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.TraceHeaders;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console's decision-send spans, on a real SDK with an in-memory exporter. */
class DecisionTracingTest {
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();

  @AfterEach
  void close() {
    sdk.close();
  }

  @Test
  void eachSendIsAProducerSpanWhoseContextTheRecordCarries() {
    DecisionTracing.Sending s = DecisionTracing.of(sdk).sending("qa.review.decisions.v1", "q-1");
    s.end(null);

    SpanData span = exporter.getFinishedSpanItems().getFirst();
    assertThat(span.getName()).isEqualTo("qa.console.decision.send");
    assertThat(span.getKind()).isEqualTo(SpanKind.PRODUCER);
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getParentSpanContext().isValid())
        .as("a root: a staff action starts it")
        .isFalse();
    assertThat(span.getAttributes().asMap().toString()).contains("q-1", "qa.review.decisions.v1");
    assertThat(TraceHeaders.get(s.headers(), TraceHeaders.TRACEPARENT))
        .isEqualTo("00-" + span.getTraceId() + "-" + span.getSpanId() + "-01");
  }

  @Test
  void aSendTheBrokerNeverAcknowledgedEndsWithAnError() {
    DecisionTracing.Sending s = DecisionTracing.of(sdk).sending("t", "q-2");
    s.end(new TimeoutException("no ack in 30 s"));

    SpanData span = exporter.getFinishedSpanItems().getFirst();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(span.getEvents()).anySatisfy(e -> assertThat(e.getName()).isEqualTo("exception"));
  }

  @Test
  void offStartsNothingAndWritesNoHeader() {
    DecisionTracing.Sending s = DecisionTracing.off().sending("t", "q-3");
    s.end(null);
    assertThat(s.headers()).isNull();
    assertThat(exporter.getFinishedSpanItems()).isEmpty();
  }
}
