package com.storefront.qa.orchestrator.tracing;

import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.util.List;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * A real OpenTelemetry SDK whose spans land in memory, with the W3C propagator: what the Quarkus
 * extension builds with tracing on, minus the OTLP exporter.
 */
final class TestTracing implements AutoCloseable {
  final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  final OpenTelemetrySdk sdk =
      OpenTelemetrySdk.builder()
          .setTracerProvider(
              SdkTracerProvider.builder()
                  .addSpanProcessor(SimpleSpanProcessor.create(exporter))
                  .build())
          .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
          .build();
  final QaTracing tracing = QaTracing.of(sdk);
  final Tracer tracer = sdk.getTracer("test");

  /** A finished span named {@code name} (the shop's producer, a worker, the console). */
  SpanContext span(String name, Context parent) {
    Span span = tracer.spanBuilder(name).setParent(parent).startSpan();
    span.end();
    return span.getSpanContext();
  }

  /** Headers carrying {@code span}'s context, as its writer would send them. */
  Headers headersOf(SpanContext span) {
    return tracing.propagation().inject(Context.root().with(Span.wrap(span)), new RecordHeaders());
  }

  /** The span context {@code headers} carry (invalid when none). */
  SpanContext contextIn(Headers headers) {
    return Span.fromContext(tracing.propagation().extract(headers)).getSpanContext();
  }

  /** The one finished span named {@code name}. */
  SpanData only(String name) {
    List<SpanData> named =
        exporter.getFinishedSpanItems().stream().filter(s -> s.getName().equals(name)).toList();
    assertThat(named).as("spans named %s", name).hasSize(1);
    return named.get(0);
  }

  /** Asserts {@code child}'s parent is {@code parent}, in the same trace. */
  static void assertChildOf(SpanData child, SpanContext parent) {
    assertThat(child.getTraceId()).as("%s trace", child.getName()).isEqualTo(parent.getTraceId());
    assertThat(child.getParentSpanId())
        .as("%s parent", child.getName())
        .isEqualTo(parent.getSpanId());
  }

  @Override
  public void close() {
    sdk.close();
  }
}
