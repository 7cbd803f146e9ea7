package com.storefront.qa.review.tracing;

import com.storefront.qa.contracts.TraceHeaders;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The console's part of a question's trace: one span {@code qa.console.decision.send} per decision
 * event the outbox relay sends, its context on the record's headers. The orchestrator publishes the
 * staff revision in a span of the question's own trace, linked to this one (docs/tracing.md).
 * {@link #off()} (the default) starts nothing and writes no header.
 */
public final class DecisionTracing {
  /** The instrumentation scope of the console's spans. */
  public static final String SCOPE = "storefront-qa-review-console";

  private static final DecisionTracing OFF = new DecisionTracing(null, null);

  private final Tracer tracer;
  private final TextMapPropagator propagator;

  private DecisionTracing(Tracer tracer, TextMapPropagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /** No spans, no headers. */
  public static DecisionTracing off() {
    return OFF;
  }

  /** Spans from {@code otel}'s tracer, context in headers with its propagator. */
  public static DecisionTracing of(OpenTelemetry otel) {
    return new DecisionTracing(otel.getTracer(SCOPE), otel.getPropagators().getTextMapPropagator());
  }

  /** The span of sending one decision event of question {@code questionId} to {@code topic}. */
  public Sending sending(String topic, String questionId) {
    if (tracer == null) {
      return Sending.NONE;
    }
    Span span =
        tracer
            .spanBuilder("qa.console.decision.send")
            .setSpanKind(SpanKind.PRODUCER)
            .setParent(Context.root())
            .setAttribute("messaging.system", "kafka")
            .setAttribute("messaging.destination.name", topic)
            .setAttribute("qa.question.id", questionId)
            .startSpan();
    Headers headers = new RecordHeaders();
    propagator.inject(Context.root().with(span), headers, TraceHeaders::set);
    return new Sending(span, headers);
  }

  /**
   * One send in flight.
   *
   * @param headers the record's headers (null: none)
   */
  public record Sending(Span span, Headers headers) {
    static final Sending NONE = new Sending(null, null);

    /** The broker acknowledged the record ({@code failure} null) or it failed. */
    public void end(Throwable failure) {
      if (span == null) {
        return;
      }
      if (failure != null) {
        span.recordException(failure);
        span.setStatus(StatusCode.ERROR, "not acknowledged: the outbox sends it again");
      }
      span.end();
    }
  }
}
