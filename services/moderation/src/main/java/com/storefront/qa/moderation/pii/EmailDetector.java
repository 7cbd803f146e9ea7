package com.storefront.qa.moderation.pii;

import java.util.List;

/**
 * E-mail addresses, found by expanding around each '@' rather than with a regex: an address regex
 * with nested quantifiers backtracks badly on long runs of address characters, and this scan is
 * linear. Local part up to 64 chars, domain up to 253 with at least one dot and a 2+ letter TLD.
 */
public final class EmailDetector implements Detector {
  private static final int MAX_LOCAL = 64;
  private static final int MAX_DOMAIN = 253;

  @Override
  public void find(String text, List<PiiFinding> out) {
    int at = text.indexOf('@');
    while (at >= 0) {
      int[] span = spanAround(text, at);
      if (span != null && !Detector.claimed(out, span[0], span[1])) {
        out.add(new PiiFinding(PiiType.EMAIL, span[0], span[1]));
      }
      at = text.indexOf('@', at + 1);
    }
  }

  /** [start, end) of the address around the '@' at {@code at}, or null if there is none. */
  static int[] spanAround(String text, int at) {
    int start = at;
    while (start > 0 && at - start < MAX_LOCAL && isLocalChar(text.charAt(start - 1))) {
      start--;
    }
    while (start < at && text.charAt(start) == '.') {
      start++;
    }
    if (start == at) {
      return null;
    }
    int end = at + 1;
    int lastDot = -1;
    while (end < text.length() && end - at <= MAX_DOMAIN && isDomainChar(text.charAt(end))) {
      if (text.charAt(end) == '.') {
        lastDot = end;
      }
      end++;
    }
    // Trailing dots and hyphens are sentence punctuation, not the domain.
    while (end > at + 1 && (text.charAt(end - 1) == '.' || text.charAt(end - 1) == '-')) {
      end--;
    }
    if (lastDot >= end) {
      lastDot = text.lastIndexOf('.', end - 1);
    }
    if (lastDot <= at + 1 || end - lastDot - 1 < 2) {
      return null;
    }
    for (int k = lastDot + 1; k < end; k++) {
      if (!Character.isLetter(text.charAt(k))) {
        return null;
      }
    }
    return new int[] {start, end};
  }

  private static boolean isLocalChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '_' || c == '%' || c == '+' || c == '-';
  }

  private static boolean isDomainChar(char c) {
    return isAsciiAlnum(c) || c == '.' || c == '-';
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
