package com.storefront.qa.orchestrator.tracing;

import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;

/**
 * Where a processing span hangs: its parent context and, optionally, a span it is linked to (the
 * console's send span when a staff decision continues the question's trace).
 *
 * @param link null for none
 */
public record Parent(Context context, SpanContext link) {
  /** Parented on {@code context}, no link. */
  public static Parent of(Context context) {
    return new Parent(context, null);
  }
}
