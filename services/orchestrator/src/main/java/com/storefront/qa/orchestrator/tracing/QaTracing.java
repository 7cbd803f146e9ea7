package com.storefront.qa.orchestrator.tracing;

import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Tracer;
import org.apache.kafka.streams.processor.api.ProcessorSupplier;

/**
 * The orchestrator's tracing: a span per processed record of the traced processors, its context
 * written to the headers of everything they forward (docs/tracing.md). {@link #off()} (the default:
 * {@code quarkus.otel.sdk.disabled=true}) wraps nothing, so the topology runs exactly as without
 * tracing.
 */
public final class QaTracing {
  /** The instrumentation scope of the orchestrator's spans. */
  public static final String SCOPE = "storefront-qa-orchestrator";

  private static final QaTracing OFF = new QaTracing(null, null);

  private final Tracer tracer;
  private final HeaderPropagation propagation;

  private QaTracing(Tracer tracer, HeaderPropagation propagation) {
    this.tracer = tracer;
    this.propagation = propagation;
  }

  /** No spans, no headers. */
  public static QaTracing off() {
    return OFF;
  }

  /** Spans from {@code otel}'s tracer, context in headers with its propagator. */
  public static QaTracing of(OpenTelemetry otel) {
    return new QaTracing(
        otel.getTracer(SCOPE), new HeaderPropagation(otel.getPropagators().getTextMapPropagator()));
  }

  public boolean enabled() {
    return tracer != null;
  }

  /** The header codec; only when {@link #enabled()}. */
  public HeaderPropagation propagation() {
    return propagation;
  }

  /** {@code inner}, each record processed in span {@code spanName} continuing its headers. */
  public <KI, VI, KO, VO> ProcessorSupplier<KI, VI, KO, VO> traced(
      String spanName, ProcessorSupplier<KI, VI, KO, VO> inner) {
    return traced(spanName, null, ParentRule.FROM_HEADERS, inner);
  }

  /**
   * {@code inner}, traced.
   *
   * @param scheduledSpanName the span around a record forwarded by a punctuator whose headers carry
   *     a context (the deadline's acknowledgement); null: such records pass untraced
   * @param rule the parent of each record's span
   */
  public <KI, VI, KO, VO> ProcessorSupplier<KI, VI, KO, VO> traced(
      String spanName,
      String scheduledSpanName,
      ParentRule rule,
      ProcessorSupplier<KI, VI, KO, VO> inner) {
    if (!enabled()) {
      return inner;
    }
    SpanNames names = new SpanNames(spanName, scheduledSpanName);
    return () -> new TracedProcessor<>(inner.get(), tracer, propagation, names, rule);
  }

  /** The names of one traced processor's spans. */
  record SpanNames(String process, String scheduled) {}
}
