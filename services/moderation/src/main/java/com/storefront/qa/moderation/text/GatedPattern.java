package com.storefront.qa.moderation.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regex with a first-character gate. java.util.regex tries every branch of an alternation at
 * every position; our lexicons have dozens of branches, and that dominated the cost of a check. The
 * gate is the set of chars a match can start with, computed once by asking the pattern itself (a
 * one-char input that matches or hits the end of input can start a match), so it can never disagree
 * with the regex. Positions whose char is outside the gate are skipped with one bit test.
 *
 * <p>Matching at a position uses transparent bounds, so look-behinds and {@code \b} see the text
 * before it, and non-anchoring bounds, so {@code ^} means the real start of the text.
 */
public final class GatedPattern {
  private final Pattern pattern;
  private final long[] first = new long[1 << 10];

  private GatedPattern(Pattern pattern) {
    this.pattern = pattern;
    Matcher m = pattern.matcher("");
    char[] one = new char[1];
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      one[0] = (char) c;
      m.reset(new String(one));
      if (m.lookingAt() || m.hitEnd()) {
        first[c >>> 6] |= 1L << c;
      }
    }
  }

  /** Compiles {@code regex} (no flags: match against ASCII-folded text for case-insensitivity). */
  public static GatedPattern compile(String regex) {
    return new GatedPattern(Pattern.compile(regex));
  }

  /** True when a match can start with {@code c} (the gate): false means no match starts there. */
  public boolean mayStartWith(char c) {
    return (first[c >>> 6] & (1L << c)) != 0;
  }

  /** The underlying pattern. */
  public Pattern pattern() {
    return pattern;
  }

  /**
   * The leftmost match starting in [from, to) and ending by {@code to}, as {start, end}, or null.
   */
  public int[] find(CharSequence text, int from, int to) {
    Matcher m = null;
    for (int i = Math.max(0, from); i < to; i++) {
      char c = text.charAt(i);
      if ((first[c >>> 6] & (1L << c)) == 0) {
        continue;
      }
      if (m == null) {
        m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
      }
      m.region(i, to);
      if (m.lookingAt()) {
        return new int[] {m.start(), m.end()};
      }
    }
    return null;
  }

  /** True if a match lies within [from, to). */
  public boolean foundIn(CharSequence text, int from, int to) {
    return find(text, from, to) != null;
  }
}
