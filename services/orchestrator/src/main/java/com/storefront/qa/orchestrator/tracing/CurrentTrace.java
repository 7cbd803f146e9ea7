package com.storefront.qa.orchestrator.tracing;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** The current span as a W3C {@code traceparent}, for state that must outlive the record. */
public final class CurrentTrace {
  private CurrentTrace() {}

  /** {@code 00-<trace id>-<span id>-<flags>} of the current span; null when none is traced. */
  public static String traceparent() {
    SpanContext c = Span.current().getSpanContext();
    if (!c.isValid()) {
      return null;
    }
    return "00-" + c.getTraceId() + "-" + c.getSpanId() + "-" + c.getTraceFlags().asHex();
  }
}
