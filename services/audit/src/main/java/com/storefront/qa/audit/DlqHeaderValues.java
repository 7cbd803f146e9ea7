package com.storefront.qa.audit;

import static com.storefront.qa.audit.StoredText.clean;
import static com.storefront.qa.audit.StoredText.truncate;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/** Header values of a DLQ record: a missing or malformed header becomes null, never an error. */
final class DlqHeaderValues {
  private DlqHeaderValues() {}

  /** The last header of that name as (cleaned, bounded) text, or null. */
  static String text(ConsumerRecord<?, ?> r, String name) {
    Header h = r.headers().lastHeader(name);
    if (h == null || h.value() == null) {
      return null;
    }
    return truncate(
        clean(new String(h.value(), StandardCharsets.UTF_8)), RecordMapper.MAX_STORED_KEY_CHARS);
  }

  static Integer intOf(ConsumerRecord<?, ?> r, String name) {
    String s = text(r, name);
    try {
      return s == null ? null : Integer.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Long longOf(ConsumerRecord<?, ?> r, String name) {
    String s = text(r, name);
    try {
      return s == null ? null : Long.valueOf(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Instant instantOf(ConsumerRecord<?, ?> r, String name) {
    String s = text(r, name);
    try {
      return s == null ? null : Instant.parse(s.trim());
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
