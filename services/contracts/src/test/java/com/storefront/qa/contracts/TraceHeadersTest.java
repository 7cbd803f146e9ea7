package com.storefront.qa.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class TraceHeadersTest {
  private static final String PARENT = "00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01";

  @Test
  void setReplacesEveryEarlierValueAndGetReadsTheLast() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(TraceHeaders.TRACEPARENT, "stale".getBytes(StandardCharsets.UTF_8));
    headers.add(TraceHeaders.TRACEPARENT, "stale too".getBytes(StandardCharsets.UTF_8));

    TraceHeaders.set(headers, TraceHeaders.TRACEPARENT, PARENT);

    assertThat(headers.headers(TraceHeaders.TRACEPARENT)).hasSize(1);
    assertThat(TraceHeaders.get(headers, TraceHeaders.TRACEPARENT)).isEqualTo(PARENT);
  }

  @Test
  void absentOrEmptyHeadersReadAsNull() {
    RecordHeaders headers = new RecordHeaders();
    assertThat(TraceHeaders.get(headers, TraceHeaders.TRACEPARENT)).isNull();
    assertThat(TraceHeaders.get(null, TraceHeaders.TRACEPARENT)).isNull();
    headers.add(TraceHeaders.TRACESTATE, new byte[0]);
    assertThat(TraceHeaders.get(headers, TraceHeaders.TRACESTATE)).isNull();
  }

  @Test
  void clearRemovesBothAndKeepsOthers() {
    RecordHeaders headers = new RecordHeaders();
    TraceHeaders.set(headers, TraceHeaders.TRACEPARENT, PARENT);
    TraceHeaders.set(headers, TraceHeaders.TRACESTATE, "k=v");
    headers.add(DlqHeaders.REASON, "NOT_JSON".getBytes(StandardCharsets.UTF_8));

    TraceHeaders.clear(headers);

    assertThat(headers.toArray()).extracting(h -> h.key()).containsExactly(DlqHeaders.REASON);
  }
}
