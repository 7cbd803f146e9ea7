package com.storefront.qa.worker.tracing;

import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapPropagator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The reply worker's part of a question's trace: one span {@code qa.generate} per request, from the
 * record's arrival to the transaction that commits its result, child of the context in the
 * request's headers; the result record carries the span's context on to the orchestrator
 * (docs/tracing.md). {@link #off()} (the default) keeps nothing and writes no header.
 *
 * <p>Used by the loop thread only. Spans of requests that never get a result written (partitions
 * taken away, a shutdown's abandoned work) end when more than {@link #MAX_OPEN} are open, or at
 * {@link #close()}.
 */
public final class WorkerTracing {
  /** The instrumentation scope of the worker's spans. */
  public static final String SCOPE = "storefront-qa-reply-worker";

  /** Open spans kept at most; the oldest is ended (as abandoned) beyond it. */
  static final int MAX_OPEN = 4096;

  private static final WorkerTracing OFF = new WorkerTracing(null, null);

  private final Tracer tracer;
  private final TextMapPropagator propagator;
  private final Map<String, Span> open =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Span> eldest) {
          if (size() <= MAX_OPEN) {
            return false;
          }
          abandon(eldest.getValue());
          return true;
        }
      };

  private WorkerTracing(Tracer tracer, TextMapPropagator propagator) {
    this.tracer = tracer;
    this.propagator = propagator;
  }

  /** No spans, no headers. */
  public static WorkerTracing off() {
    return OFF;
  }

  /** Spans from {@code otel}'s tracer, context in headers with its propagator. */
  public static WorkerTracing of(OpenTelemetry otel) {
    return new WorkerTracing(otel.getTracer(SCOPE), otel.getPropagators().getTextMapPropagator());
  }

  public boolean enabled() {
    return tracer != null;
  }

  /** A request arrived with {@code headers}: its span starts (a redelivery's replaces the old). */
  public void received(Headers headers, String requestId, String questionId) {
    if (!enabled() || requestId == null) {
      return;
    }
    Context parent = propagator.extract(Context.root(), headers, KafkaHeaders.GETTER);
    Span span =
        tracer
            .spanBuilder("qa.generate")
            .setSpanKind(SpanKind.CONSUMER)
            .setParent(parent)
            .setAttribute("messaging.system", "kafka")
            .setAttribute("qa.question.id", questionId == null ? "" : questionId)
            .setAttribute("qa.request.id", requestId)
            .startSpan();
    Span earlier = open.put(requestId, span);
    if (earlier != null) {
      abandon(earlier);
    }
  }

  /** The headers for {@code result}'s record: its request's context; null when none. */
  public Headers resultHeaders(GenerationResult result) {
    Span span = enabled() ? open.get(result.requestId()) : null;
    if (span == null) {
      return null;
    }
    Headers headers = new RecordHeaders();
    propagator.inject(Context.root().with(span), headers, KafkaHeaders.SETTER);
    return headers;
  }

  /** The results' transaction committed ({@code committed}) or failed: their spans end. */
  public void written(List<GenerationResult> results, boolean committed) {
    if (!enabled()) {
      return;
    }
    for (GenerationResult r : results) {
      Span span = open.remove(r.requestId());
      if (span != null) {
        describe(span, r, committed);
        span.end();
      }
    }
  }

  /** Ends every open span (the loop stopped). */
  public void close() {
    if (enabled()) {
      open.values().forEach(WorkerTracing::abandon);
      open.clear();
    }
  }

  private static void describe(Span span, GenerationResult r, boolean committed) {
    span.setAttribute("qa.generation.status", String.valueOf(r.status()));
    span.setAttribute("qa.generation.finish_reason", String.valueOf(r.finishReason()));
    if (r.backend() != null) {
      span.setAttribute("qa.generation.backend", r.backend());
    }
    span.setAttribute("qa.generation.completion_tokens", r.completionTokens());
    if (!committed) {
      span.setStatus(StatusCode.ERROR, "result transaction failed; the request is redelivered");
    } else if (r.status() != GenerationStatus.COMPLETED) {
      span.setStatus(StatusCode.ERROR, "generation " + r.finishReason());
    }
  }

  private static void abandon(Span span) {
    span.setStatus(StatusCode.ERROR, "no result written by this worker");
    span.end();
  }
}
