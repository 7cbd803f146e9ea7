package com.storefront.qa.audit;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces the value of every {@code "customerRef"} member in raw, possibly malformed JSON text (a
 * dead-lettered question, a rejected record) by its keyed hash, so a reference that never became a
 * question row does not reach the audit either. A regular expression rather than a parser: the text
 * is often not valid JSON (that is why it was rejected), and it must still be scrubbed.
 *
 * <p>Covers a string value (also one cut off by the end of the text) and a bare scalar (a number,
 * {@code true}); the hash is of the value as written, escapes included.
 */
final class CustomerRefScrubber {
  private static final Pattern MEMBER =
      Pattern.compile(
          "(\"customerRef\"\\s*:\\s*)(?:\"((?:[^\"\\\\]|\\\\.)*)(?:\"|\\\\?$)|([^\\s,}\\]\"]+))");

  private final CustomerRefHasher hasher;

  /**
   * @param hasher the hasher of the references
   */
  CustomerRefScrubber(CustomerRefHasher hasher) {
    this.hasher = hasher;
  }

  /** The text with every customerRef value replaced; null stays null. */
  String scrub(String text) {
    if (text == null || !text.contains("\"customerRef\"")) {
      return text;
    }
    Matcher m = MEMBER.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String raw = m.group(2) != null ? m.group(2) : m.group(3);
      String replacement = m.group(1) + "\"" + hashOf(raw) + "\"";
      m.appendReplacement(out, Matcher.quoteReplacement(replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** The stored form of a reference: its keyed hash. */
  String hashOf(String customerRef) {
    if (customerRef == null) {
      return null;
    }
    return hasher.hash(customerRef);
  }
}
