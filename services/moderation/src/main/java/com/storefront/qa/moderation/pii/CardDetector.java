package com.storefront.qa.moderation.pii;

import java.util.List;

/**
 * Payment card numbers: 13–19 digits, written solid or in groups split by single spaces or hyphens,
 * that pass the Luhn check. A run longer than a card (a number followed by the CVC, say) is
 * searched for a valid card aligned on its group boundaries, so "4111 1111 1111 1111 123" still
 * masks the card.
 */
final class CardDetector implements Detector {
  private static final int MIN = 13;
  private static final int MAX = 19;

  @Override
  public void find(String text, List<PiiFinding> out) {
    int n = text.length();
    int[] digitPos = new int[64];
    int i = 0;
    while (i < n) {
      if (!isDigit(text.charAt(i)) || (i > 0 && isDigit(text.charAt(i - 1)))) {
        i++;
        continue;
      }
      // Collect one run: digits joined by at most one separator between them.
      int count = 0;
      int j = i;
      while (j < n && count < digitPos.length) {
        char c = text.charAt(j);
        if (isDigit(c)) {
          digitPos[count++] = j++;
        } else if ((c == ' ' || c == '-') && j + 1 < n && isDigit(text.charAt(j + 1))) {
          j++;
        } else {
          break;
        }
      }
      if (count >= MIN) {
        scanRun(text, digitPos, count, out);
      }
      i = Math.max(j, i + 1);
    }
  }

  private static void scanRun(String text, int[] pos, int count, List<PiiFinding> out) {
    int from = 0;
    while (from + MIN <= count) {
      boolean found = false;
      if (isGroupStart(text, pos, from)) {
        for (int len = Math.min(MAX, count - from); len >= MIN; len--) {
          int last = from + len - 1;
          if (isGroupEnd(text, pos, last, count) && luhn(text, pos, from, len)) {
            int start = pos[from];
            int end = pos[last] + 1;
            if (!Detector.claimed(out, start, end)) {
              out.add(new PiiFinding(PiiType.CARD, start, end));
            }
            from = last + 1;
            found = true;
            break;
          }
        }
      }
      if (!found) {
        from++;
      }
    }
  }

  private static boolean isGroupStart(String text, int[] pos, int k) {
    return k == 0 || pos[k] != pos[k - 1] + 1;
  }

  private static boolean isGroupEnd(String text, int[] pos, int k, int count) {
    return k == count - 1 || pos[k + 1] != pos[k] + 1;
  }

  /** Luhn over the selected digits; all-zero strings are rejected (they pass trivially). */
  static boolean luhn(String text, int[] pos, int from, int len) {
    int sum = 0;
    boolean allZero = true;
    for (int k = 0; k < len; k++) {
      int d = text.charAt(pos[from + len - 1 - k]) - '0';
      allZero &= d == 0;
      if ((k & 1) == 1) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
    }
    return !allZero && sum % 10 == 0;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
