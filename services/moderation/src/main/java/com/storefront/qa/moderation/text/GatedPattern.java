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
 * <p>In Korean text nearly every position is a Hangul syllable that some branch starts with, so a
 * whole-pattern gate passes almost everywhere. A pattern whose top level is an alternation is
 * therefore also split into its branches ({@link BranchIndex}): at a position only the branches
 * that can start with its char (learnt per char on first sight) are tried, in their original order.
 * An alternation at the top level is an ordered choice at one position, so the first branch that
 * matches gives exactly the match the whole pattern would.
 *
 * <p>Matching at a position uses transparent bounds, so look-behinds and {@code \b} see the text
 * before it, and non-anchoring bounds, so {@code ^} means the real start of the text. Matchers are
 * kept per thread and re-pointed at a new text only when the text changes; each also has a learnt
 * second-char gate ({@link PairGate}).
 */
public final class GatedPattern {
  private final Pattern pattern;
  private final long[] first = new long[1 << 10];
  private final BranchIndex branches;
  private final ThreadLocal<Matchers> matchers;

  private GatedPattern(String regex) {
    this.pattern = Pattern.compile(regex);
    Matcher m = pattern.matcher("");
    char[] one = new char[1];
    // A one-char probe has nothing before it: a leading positive look-behind would never pass.
    boolean open = regex.startsWith("(?<=");
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      one[0] = (char) c;
      m.reset(new String(one));
      if (open || m.lookingAt() || m.hitEnd()) {
        first[c >>> 6] |= 1L << c;
      }
    }
    this.branches = BranchIndex.of(regex);
    int n = branches == null ? 1 : branches.size();
    this.matchers =
        ThreadLocal.withInitial(
            () -> new Matchers(n, branches == null ? null : branches.new Lists()));
  }

  /** Compiles {@code regex} (no flags: match against ASCII-folded text for case-insensitivity). */
  public static GatedPattern compile(String regex) {
    return new GatedPattern(regex);
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
    for (int i = Math.max(0, from); i < to; i++) {
      char c = text.charAt(i);
      if ((first[c >>> 6] & (1L << c)) == 0) {
        continue;
      }
      int e = matchAt(text, i, to);
      if (e >= 0) {
        return new int[] {i, e};
      }
    }
    return null;
  }

  /**
   * Where a match starting exactly at {@code at} and ending by {@code to} ends (what {@code
   * lookingAt} on the region [at, to) gives), or -1.
   */
  public int matchAt(CharSequence text, int at, int to) {
    char c = text.charAt(at);
    if ((first[c >>> 6] & (1L << c)) == 0) {
      return -1;
    }
    Matchers mine = matchers.get();
    boolean pair = at + 1 < to;
    char c2 = pair ? text.charAt(at + 1) : 0;
    if (branches == null) {
      if (pair && !mine.gate(0, pattern).mayStart(c, c2)) {
        return -1;
      }
      Matcher m = mine.of(0, pattern, text);
      return m.region(at, to).lookingAt() ? m.end() : -1;
    }
    int[] candidates = mine.lists.startingWith(c);
    for (int b : candidates) {
      Pattern branch = branches.branch(b);
      if (pair && !mine.gate(b, branch).mayStart(c, c2)) {
        continue;
      }
      Matcher m = mine.of(b, branch, text);
      if (m.region(at, to).lookingAt()) {
        return m.end();
      }
    }
    return -1;
  }

  /** True if a match lies within [from, to). */
  public boolean foundIn(CharSequence text, int from, int to) {
    return find(text, from, to) != null;
  }

  /** One thread's matchers, one per branch, each remembering the text it points at. */
  private static final class Matchers {
    private final Matcher[] matchers;
    private final CharSequence[] texts;
    private final PairGate[] gates;
    private final BranchIndex.Lists lists;

    Matchers(int n, BranchIndex.Lists lists) {
      this.matchers = new Matcher[n];
      this.texts = new CharSequence[n];
      this.gates = new PairGate[n];
      this.lists = lists;
    }

    PairGate gate(int i, Pattern p) {
      PairGate g = gates[i];
      if (g == null) {
        g = new PairGate(p);
        gates[i] = g;
      }
      return g;
    }

    Matcher of(int i, Pattern p, CharSequence text) {
      Matcher m = matchers[i];
      if (m == null) {
        m = p.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        matchers[i] = m;
        texts[i] = text;
      } else if (texts[i] != text) {
        m.reset(text);
        texts[i] = text;
      }
      return m;
    }
  }
}
