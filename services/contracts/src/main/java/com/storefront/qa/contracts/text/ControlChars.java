package com.storefront.qa.contracts.text;

/**
 * The one rule for control characters in text that crosses the system's edge (a customer's
 * question, a product name, a model's reply). Unicode control characters (category Cc: C0, DEL and
 * C1, NUL included) carry no meaning in a storefront question and can corrupt a terminal, a log
 * line or a database column; tab, line feed and carriage return are ordinary whitespace and stay.
 */
public final class ControlChars {
  private ControlChars() {}

  /** True for a control character other than tab, line feed and carriage return. */
  public static boolean isUnwanted(int codePoint) {
    return Character.getType(codePoint) == Character.CONTROL
        && codePoint != '\t'
        && codePoint != '\n'
        && codePoint != '\r';
  }

  /** The text without its unwanted control characters; the same instance when it has none. */
  public static String strip(String text) {
    if (text == null || !hasUnwanted(text)) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().filter(c -> !isUnwanted(c)).forEach(out::appendCodePoint);
    return out.toString();
  }

  /**
   * The text made safe for one line of a terminal or a log: every control character (tab and line
   * breaks included), every format character (bidirectional overrides and isolates, other invisible
   * characters) and the Unicode line and paragraph separators are written as {@code \\uXXXX}
   * escapes, so nothing in the text can move the cursor, retitle a window, forge a new log line or
   * make a line read differently from its bytes. Zero-width (non-)joiners stay: emoji sequences and
   * Indic or Persian words need them. Null becomes {@code "null"}.
   */
  public static String escape(String text) {
    if (text == null) {
      return "null";
    }
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (breaksALine(c)) {
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

  private static boolean breaksALine(char c) {
    if (c == '\u200c' || c == '\u200d') {
      return false;
    }
    // Surrogates are left alone: a pair is an ordinary supplementary character (emoji, CJK).
    int type = Character.getType(c);
    return type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.LINE_SEPARATOR
        || type == Character.PARAGRAPH_SEPARATOR;
  }

  private static boolean hasUnwanted(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isUnwanted(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
