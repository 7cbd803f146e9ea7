package com.storefront.qa.moderation.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A second-character gate, learnt: whether a pattern can start with the two chars {@code c1 c2},
 * found by asking it once with the two-char probe (it matches or hits the end of input) and then
 * remembered. In Korean text the first-char gate passes at most syllables; the pair rules out most
 * of them without running the matcher. The memory is a small direct-mapped table (bounded whatever
 * the text), one per thread and pattern.
 *
 * <p>A probe has no text before the match, so the gate is off for a pattern with a positive
 * look-behind anywhere: "[가-힣]{1,6}+(?<=습니다)" matches "다" after "습니" though the probe "다." fails.
 */
final class PairGate {
  private static final int BITS = 11;
  private static final byte UNKNOWN = 0;
  private static final byte YES = 1;
  private static final byte NO = 2;

  private final Pattern pattern;
  private final boolean off;
  private final int[] keys = new int[1 << BITS];
  private final byte[] verdicts = new byte[1 << BITS];
  private final char[] two = new char[2];
  private Matcher probe;

  PairGate(Pattern pattern) {
    this.pattern = pattern;
    this.off = pattern.pattern().contains("(?<=");
  }

  /** False when no match of the pattern can start with {@code c1} followed by {@code c2}. */
  boolean mayStart(char c1, char c2) {
    if (off) {
      return true;
    }
    int key = (c1 << 16) | c2;
    int slot = (key * 0x9E3779B1) >>> (32 - BITS);
    if (verdicts[slot] != UNKNOWN && keys[slot] == key) {
      return verdicts[slot] == YES;
    }
    two[0] = c1;
    two[1] = c2;
    if (probe == null) {
      probe = pattern.matcher("");
    }
    Matcher m = probe.reset(new String(two));
    boolean yes = m.lookingAt() || m.hitEnd();
    keys[slot] = key;
    verdicts[slot] = yes ? YES : NO;
    return yes;
  }
}
