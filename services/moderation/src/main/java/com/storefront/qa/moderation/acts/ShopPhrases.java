package com.storefront.qa.moderation.acts;

import java.util.List;

/**
 * A shop's approved phrases, matched literally but forgiving of spacing and ASCII case: a shop
 * writes "평일 기준 1–2일 내 답변드립니다" once and the model's "평일 기준 1–2일 내 답변드립니다" still matches. The
 * phrases come from the shop's policy, so they are matched without regexes (a shop's text must
 * never be able to make the check slow or throw).
 */
final class ShopPhrases {
  private ShopPhrases() {}

  /**
   * The end of the longest approved phrase that starts at {@code p} of the folded text (within
   * {@code end}), or -1.
   */
  static int matchAt(String folded, int p, int end, List<String> phrases) {
    int best = -1;
    for (int k = 0; k < phrases.size(); k++) {
      int e = matchOne(folded, p, end, phrases.get(k));
      if (e > best) {
        best = e;
      }
    }
    return best;
  }

  /** Every occurrence of an approved phrase in [0, limit) of the folded text, as {start, end}. */
  static List<int[]> spans(String folded, int limit, List<String> phrases) {
    if (phrases.isEmpty()) {
      return List.of();
    }
    List<int[]> out = new java.util.ArrayList<>();
    for (int i = 0; i < limit; i++) {
      int e = matchAt(folded, i, limit, phrases);
      if (e > i) {
        out.add(new int[] {i, e});
        i = e - 1;
      }
    }
    return out;
  }

  /** True when the span {@code m} lies within one of {@code spans}. */
  static boolean inside(List<int[]> spans, int[] m) {
    for (int[] s : spans) {
      if (s[0] <= m[0] && m[1] <= s[1]) {
        return true;
      }
    }
    return false;
  }

  private static int matchOne(String text, int p, int end, String phrase) {
    int i = p;
    int j = skipSpaces(phrase, 0, phrase.length());
    if (j == phrase.length()) {
      return -1;
    }
    while (j < phrase.length()) {
      char want = fold(phrase.charAt(j));
      if (Character.isWhitespace(want)) {
        j = skipSpaces(phrase, j, phrase.length());
        i = skipSpaces(text, i, end);
        continue;
      }
      if (i >= end || text.charAt(i) != want) {
        // Trailing punctuation of the phrase ("…드립니다.") is the sentence end's business.
        return Recogniser.skipSeparators(phrase, j, phrase.length()) == phrase.length() ? i : -1;
      }
      i++;
      j++;
    }
    return i;
  }

  private static int skipSpaces(String s, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i;
  }

  private static char fold(char c) {
    return c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
  }
}
