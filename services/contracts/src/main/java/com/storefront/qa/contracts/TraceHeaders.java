package com.storefront.qa.contracts;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The W3C trace-context headers that carry one question's trace across Kafka hops (storefront →
 * orchestrator → reply worker → orchestrator → answers; console → orchestrator). Values are UTF-8
 * text exactly as in HTTP ({@code traceparent: 00-<32 hex>-<16 hex>-<2 hex>}). Only written when
 * tracing is on (docs/tracing.md); readers must accept records without them.
 */
public final class TraceHeaders {
  /** W3C {@code traceparent}: version, trace id, parent span id, flags. */
  public static final String TRACEPARENT = "traceparent";

  /** W3C {@code tracestate}: vendor entries; optional. */
  public static final String TRACESTATE = "tracestate";

  /** Both names, in the order they are written. */
  public static final List<String> NAMES = List.of(TRACEPARENT, TRACESTATE);

  private TraceHeaders() {}

  /** The last value of header {@code name} as text, or null when absent or empty. */
  public static String get(Headers headers, String name) {
    if (headers == null) {
      return null;
    }
    Header last = headers.lastHeader(name);
    if (last == null || last.value() == null || last.value().length == 0) {
      return null;
    }
    return new String(last.value(), StandardCharsets.UTF_8);
  }

  /** Replaces every header {@code name} with one holding {@code value} (UTF-8). */
  public static void set(Headers headers, String name, String value) {
    headers.remove(name);
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }

  /** Removes both trace headers, so a record carries no stale context. */
  public static void clear(Headers headers) {
    NAMES.forEach(headers::remove);
  }
}
