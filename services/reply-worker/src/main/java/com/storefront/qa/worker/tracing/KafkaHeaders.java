package com.storefront.qa.worker.tracing;

import com.storefront.qa.contracts.TraceHeaders;
import io.opentelemetry.context.propagation.TextMapGetter;
import io.opentelemetry.context.propagation.TextMapSetter;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** OpenTelemetry's view of Kafka record headers ({@link TraceHeaders}): read and write. */
final class KafkaHeaders {
  static final TextMapSetter<Headers> SETTER = TraceHeaders::set;

  static final TextMapGetter<Headers> GETTER =
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

  private KafkaHeaders() {}
}
