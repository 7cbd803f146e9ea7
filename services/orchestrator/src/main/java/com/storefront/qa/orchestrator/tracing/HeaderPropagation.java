package com.storefront.qa.orchestrator.tracing;

import com.storefront.qa.contracts.TraceHeaders;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapPropagator;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Reads and writes trace context in Kafka record headers ({@link TraceHeaders}) with the
 * application's propagator (W3C trace context by default).
 */
public final class HeaderPropagation {
  private static final TextMapSetter<Headers> SETTER = TraceHeaders::set;

  private static final TextMapGetter<Headers> GETTER =
      new TextMapGetter<>() {
        @Override
        public Iterable<String> keys(Headers carrier) {
          List<String> keys = new ArrayList<>();
          for (Header h : carrier) {
            keys.add(h.key());
          }
          return keys;
        }

        @Override
        public String get(Headers carrier, String key) {
          return TraceHeaders.get(carrier, key);
        }
      };

  private final TextMapPropagator propagator;

  public HeaderPropagation(TextMapPropagator propagator) {
    this.propagator = propagator;
  }

  /** The context in {@code headers}; the root context (a new trace) when they carry none. */
  public Context extract(Headers headers) {
    return headers == null ? Context.root() : propagator.extract(Context.root(), headers, GETTER);
  }

  /** The context of a stored {@code traceparent} (null: the root context). */
  public Context extract(String traceparent) {
    if (traceparent == null) {
      return Context.root();
    }
    Headers headers = new RecordHeaders();
    TraceHeaders.set(headers, TraceHeaders.TRACEPARENT, traceparent);
    return extract(headers);
  }

  /** A copy of {@code headers} whose trace headers are {@code context}'s, and only those. */
  public Headers inject(Context context, Headers headers) {
    Headers copy = headers == null ? new RecordHeaders() : new RecordHeaders(headers.toArray());
    TraceHeaders.clear(copy);
    propagator.inject(context, copy, SETTER);
    return copy;
  }
}
