package com.storefront.qa.moderation.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a reply into sentences, the unit the claim, commitment and health checks judge: a hedge
 * ("담당자가 확인 후") makes its own sentence safe, not the whole reply.
 *
 * <p>A sentence ends at '.', '!', '?', '。', '！', '？', '~' or a newline. Very short sentences ("네!",
 * "Sure!") are merged with the next, because their meaning depends on what follows: "Sure! Our team
 * will check" is a deferral, "네, 맞습니다! 표시되어 있습니다" a claim.
 */
public final class Sentences {
  /** A sentence shorter than this many non-space chars is merged with the next one. */
  static final int SHORT = 8;

  private Sentences() {}

  /** Sentence spans [start, end) covering [0, limit) of {@code text}, trimmed, non-empty. */
  public static List<int[]> split(String text, int limit) {
    List<int[]> out = new ArrayList<>();
    int n = Math.min(text.length(), limit);
    int start = 0;
    int pendingStart = -1;
    for (int i = 0; i <= n; i++) {
      boolean end = i == n || (isTerminator(text.charAt(i)) && !decimalPoint(text, i, n));
      if (!end) {
        continue;
      }
      // Swallow runs of terminators ("!!", "?!").
      int j = i;
      while (j < n && isTerminator(text.charAt(j))) {
        j++;
      }
      int s = pendingStart >= 0 ? pendingStart : start;
      int[] span = trim(text, s, j);
      if (span != null) {
        if (nonSpace(text, span[0], span[1]) < SHORT && j < n) {
          pendingStart = span[0];
        } else {
          out.add(span);
          pendingStart = -1;
        }
      }
      start = j;
      i = j;
    }
    if (pendingStart >= 0) {
      int[] span = trim(text, pendingStart, n);
      if (span != null) {
        out.add(span);
      }
    }
    return out;
  }

  /** A '.' between digits is a decimal point ("15.6 inch", "26.5cm"), not a sentence end. */
  private static boolean decimalPoint(String text, int i, int n) {
    return text.charAt(i) == '.'
        && i > 0
        && i + 1 < n
        && Character.isDigit(text.charAt(i - 1))
        && Character.isDigit(text.charAt(i + 1));
  }

  private static boolean isTerminator(char c) {
    return c == '.' || c == '!' || c == '?' || c == '\n' || c == '。' || c == '！' || c == '？'
        || c == '~';
  }

  private static int[] trim(String text, int s, int e) {
    while (s < e && Character.isWhitespace(text.charAt(s))) {
      s++;
    }
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return s < e ? new int[] {s, e} : null;
  }

  private static int nonSpace(String text, int s, int e) {
    int count = 0;
    for (int k = s; k < e; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        count++;
      }
    }
    return count;
  }
}
