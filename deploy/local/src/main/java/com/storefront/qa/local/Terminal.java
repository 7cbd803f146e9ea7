package com.storefront.qa.local;

/**
 * Makes text from users (questions, answers, record keys, flags) safe to print on a terminal:
 * control characters (ESC sequences could move the cursor, retitle the window or hide text) and
 * bidirectional overrides (which can make a line read differently from its bytes) are shown as
 * {@code \}{@code uXXXX} escapes instead of being written raw.
 */
final class Terminal {
  private Terminal() {}

  /** The text with every control, format and line-separator character escaped. */
  static String safe(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isUnsafe(c)) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append("\\u%04x".formatted((int) c));
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean isUnsafe(char c) {
    if (c == '\u200c' || c == '\u200d') {
      return false; // zero-width (non-)joiners: parts of emoji sequences and of Indic/Persian text
    }
    int type = Character.getType(c);
    // CONTROL: C0, DEL, C1 (incl. newline: one event is one line). FORMAT: bidi overrides and
    // isolates, other invisible characters. LINE/PARAGRAPH_SEPARATOR: U+2028/U+2029 break lines
    // too.
    // Surrogates are left alone: a pair is an ordinary supplementary character (emoji, CJK).
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }
}
