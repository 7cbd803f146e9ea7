package com.storefront.qa.orchestrator.validate;

import com.storefront.qa.contracts.DlqHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * Keeps a dead letter inside the broker's record limit. A rejected record is copied to the DLQ with
 * its own headers added, so a record that just fitted the broker on the way in (up to its 1 MB
 * default) would not fit on the way out: the producer would fail with RecordTooLarge and the dead
 * letter would be lost. Values over {@link #MAX_VALUE_BYTES} keep their first bytes (they are far
 * over the question limit anyway, so there is nothing to replay), and original headers over {@link
 * #MAX_HEADER_BYTES} in total are dropped; headers say so and how much was there.
 */
final class DeadLetterBudget {
  /** Well under the 1 MiB default of max.request.size and message.max.bytes, headers included. */
  static final int MAX_VALUE_BYTES = 64 * 1024;

  static final int MAX_HEADER_BYTES = 64 * 1024;

  /** A question's key is its questionId (at most 128 characters): 1 KiB is generous. */
  static final int MAX_KEY_BYTES = 1024;

  private DeadLetterBudget() {}

  /** The value to write: the original, or its first {@link #MAX_VALUE_BYTES} bytes. */
  static byte[] value(byte[] original) {
    return cut(original, MAX_VALUE_BYTES);
  }

  /** The key to write: the original, or its first {@link #MAX_KEY_BYTES} bytes. */
  static byte[] key(byte[] original) {
    return cut(original, MAX_KEY_BYTES);
  }

  private static byte[] cut(byte[] original, int max) {
    return original == null || original.length <= max ? original : Arrays.copyOf(original, max);
  }

  /**
   * The headers to start the dead letter from: a copy of the original ones, or none when they are
   * too large, plus the markers that say what was cut.
   */
  static Headers headers(Headers original, byte[] key, byte[] value) {
    Header[] all = original.toArray();
    long size = 0;
    for (Header h : all) {
      size += h.key().length() + (h.value() == null ? 0 : h.value().length);
    }
    Headers out = size <= MAX_HEADER_BYTES ? new RecordHeaders(all) : new RecordHeaders();
    if (size > MAX_HEADER_BYTES) {
      out.add(DlqHeaders.HEADERS_DROPPED, bytes(all.length));
    }
    if (value != null && value.length > MAX_VALUE_BYTES) {
      out.add(DlqHeaders.ORIGINAL_BYTES, bytes(value.length));
    }
    if (key != null && key.length > MAX_KEY_BYTES) {
      out.add(DlqHeaders.ORIGINAL_KEY_BYTES, bytes(key.length));
    }
    return out;
  }

  private static byte[] bytes(long n) {
    return Long.toString(n).getBytes(StandardCharsets.UTF_8);
  }
}
