package com.storefront.qa.moderation.acts;

/**
 * Numbered list items ("1. 담당자가 확인하고\n2. 답변을 남겨 드립니다"): the model writes replies as lists, and an
 * item's number is layout, not a figure about the product.
 */
final class ListMarkers {
  private ListMarkers() {}

  /**
   * If a list number ("1.", "2)") starts at {@code i}, at the start of a line and followed by a
   * space, the index after it; otherwise {@code i}.
   */
  static int numberEnd(CharSequence s, int i, int to) {
    int j = i;
    while (j < to && j - i < 2 && s.charAt(j) >= '0' && s.charAt(j) <= '9') {
      j++;
    }
    if (j == i || j + 1 >= to || (s.charAt(j) != '.' && s.charAt(j) != ')')) {
      return i;
    }
    if (!Character.isWhitespace(s.charAt(j + 1)) || !atLineStart(s, i)) {
      return i;
    }
    return j + 1;
  }

  /** True when only spaces stand between {@code i} and the start of its line (or the text). */
  static boolean atLineStart(CharSequence s, int i) {
    int k = i - 1;
    while (k >= 0 && (s.charAt(k) == ' ' || s.charAt(k) == '\t')) {
      k--;
    }
    return k < 0 || s.charAt(k) == '\n';
  }
}
