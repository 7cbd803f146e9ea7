package com.storefront.qa.worker.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.TraceHeaders;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The worker's header handling, on a real SDK with an in-memory exporter. */
class WorkerTracingTest {
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();
  private final WorkerTracing tracing = WorkerTracing.of(sdk);

  @AfterEach
  void close() {
    sdk.close();
  }

  /** Headers as the orchestrator writes them on a request: a finished routing span's context. */
  private Headers requestHeaders(SpanContext[] routeOut) {
    Span route = sdk.getTracer("test").spanBuilder("qa.route").startSpan();
    route.end();
    routeOut[0] = route.getSpanContext();
    Headers h = new RecordHeaders();
    TraceHeaders.set(
        h,
        TraceHeaders.TRACEPARENT,
        "00-"
            + route.getSpanContext().getTraceId()
            + "-"
            + route.getSpanContext().getSpanId()
            + "-01");
    return h;
  }

  private static GenerationResult result(String requestId, GenerationStatus status) {
    return new GenerationResult(
        1,
        requestId,
        "q",
        "shop",
        status,
        status == GenerationStatus.COMPLETED ? "hi" : null,
        status == GenerationStatus.COMPLETED ? "STOP" : "DEADLINE",
        "tiny",
        "rev",
        null,
        1L,
        3,
        2,
        10L,
        null,
        null,
        "w-1",
        Instant.EPOCH,
        "in-process",
        "v",
        null);
  }

  private SpanData generateSpan() {
    List<SpanData> spans =
        exporter.getFinishedSpanItems().stream()
            .filter(s -> s.getName().equals("qa.generate"))
            .toList();
    assertThat(spans).hasSize(1);
    return spans.get(0);
  }

  @Test
  void theResultCarriesTheGenerateSpanWhichContinuesTheRequest() {
    SpanContext[] route = new SpanContext[1];
    tracing.received(requestHeaders(route), "q#gen1", "q");
    GenerationResult r = result("q#gen1", GenerationStatus.COMPLETED);

    Headers out = tracing.resultHeaders(r);
    tracing.written(List.of(r), true);

    SpanData generate = generateSpan();
    assertThat(generate.getTraceId()).isEqualTo(route[0].getTraceId());
    assertThat(generate.getParentSpanId()).isEqualTo(route[0].getSpanId());
    assertThat(TraceHeaders.get(out, TraceHeaders.TRACEPARENT))
        .isEqualTo("00-" + generate.getTraceId() + "-" + generate.getSpanId() + "-01");
    assertThat(generate.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(generate.getAttributes().asMap().toString()).contains("in-process", "q#gen1");
  }

  @Test
  void aFailedTransactionOrResultEndsTheSpanAsAnError() {
    SpanContext[] route = new SpanContext[1];
    tracing.received(requestHeaders(route), "q#gen1", "q");
    tracing.written(List.of(result("q#gen1", GenerationStatus.COMPLETED)), false);
    assertThat(generateSpan().getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);

    exporter.reset();
    tracing.received(requestHeaders(route), "q#gen1", "q"); // redelivered
    tracing.written(List.of(result("q#gen1", GenerationStatus.FAILED)), true);
    assertThat(generateSpan().getStatus().getDescription()).contains("DEADLINE");
  }

  @Test
  void aRequestWithoutContextStartsATraceAndOpenSpansAreBounded() {
    tracing.received(new RecordHeaders(), "first", "q0");
    assertThat(tracing.resultHeaders(result("first", GenerationStatus.COMPLETED))).isNotNull();
    for (int i = 0; i < WorkerTracing.MAX_OPEN; i++) {
      tracing.received(new RecordHeaders(), "r" + i, "q" + i);
    }
    // the oldest was ended as abandoned to keep the bound
    assertThat(generateSpan().getParentSpanContext().isValid()).isFalse();
    assertThat(tracing.resultHeaders(result("first", GenerationStatus.COMPLETED))).isNull();

    tracing.close();
    assertThat(exporter.getFinishedSpanItems()).hasSize(WorkerTracing.MAX_OPEN + 1);
  }

  @Test
  void offWritesNoHeaderAndStartsNothing() {
    WorkerTracing off = WorkerTracing.off();
    SpanContext[] route = new SpanContext[1];
    off.received(requestHeaders(route), "q#gen1", "q");
    assertThat(off.resultHeaders(result("q#gen1", GenerationStatus.COMPLETED))).isNull();
    off.written(List.of(result("q#gen1", GenerationStatus.COMPLETED)), true);
    assertThat(exporter.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .containsExactly("qa.route");
    assertThat(Context.current()).isSameAs(Context.root());
  }
}
