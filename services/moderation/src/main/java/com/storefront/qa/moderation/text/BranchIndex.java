package com.storefront.qa.moderation.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level branches of an alternation, and for a char the branches (in their order in the
 * regex) whose match can begin with it. A branch's gate is computed like {@link GatedPattern}'s, by
 * asking the branch itself with a one-char probe; that is done per char on first sight (per thread,
 * in {@link Lists}), since probing every char for every branch up front costs seconds at start-up.
 */
final class BranchIndex {
  private final Pattern[] branches;
  private final boolean[] always;

  private BranchIndex(Pattern[] branches, boolean[] always) {
    this.branches = branches;
    this.always = always;
  }

  /**
   * The branches of {@code regex}'s top-level alternation, or null when it has only one, or when
   * splitting could change its meaning (back-references, inline flags).
   */
  static BranchIndex of(String regex) {
    if (regex.startsWith("(?i") || regex.matches("(?s).*\\\\[1-9k].*")) {
      return null;
    }
    List<String> parts = split(regex);
    if (parts.size() < 2) {
      return null;
    }
    Pattern[] compiled = new Pattern[parts.size()];
    boolean[] always = new boolean[parts.size()];
    for (int b = 0; b < compiled.length; b++) {
      compiled[b] = Pattern.compile(parts.get(b));
      // A probe of one char has nothing before it, so a positive look-behind may not pass.
      always[b] = parts.get(b).contains("(?<=");
    }
    return new BranchIndex(compiled, always);
  }

  int size() {
    return branches.length;
  }

  Pattern branch(int b) {
    return branches[b];
  }

  /** One thread's lists of branches per char, filled on first sight of each char. */
  final class Lists {
    private final int[][][] blocks = new int[256][][];
    private final Matcher[] probes = new Matcher[branches.length];
    private final char[] one = new char[1];

    /** The branches that may start with {@code c}, in regex order. */
    int[] startingWith(char c) {
      int[][] block = blocks[c >>> 8];
      if (block == null) {
        block = new int[256][];
        blocks[c >>> 8] = block;
      }
      int[] list = block[c & 0xFF];
      if (list == null) {
        list = probe(c);
        block[c & 0xFF] = list;
      }
      return list;
    }

    private int[] probe(char c) {
      one[0] = c;
      String s = new String(one);
      int[] found = new int[branches.length];
      int n = 0;
      for (int b = 0; b < branches.length; b++) {
        if (probes[b] == null) {
          probes[b] = branches[b].matcher("");
        }
        Matcher m = probes[b].reset(s);
        if (always[b] || m.lookingAt() || m.hitEnd()) {
          found[n++] = b;
        }
      }
      return Arrays.copyOf(found, n);
    }
  }

  /** Splits at '|' outside groups, character classes and escapes. */
  static List<String> split(String regex) {
    List<String> parts = new ArrayList<>();
    int depth = 0;
    boolean inClass = false;
    int start = 0;
    for (int i = 0; i < regex.length(); i++) {
      char ch = regex.charAt(i);
      if (ch == '\\') {
        i++;
      } else if (inClass) {
        inClass = ch != ']';
      } else if (ch == '[') {
        inClass = true;
        // A ']' right after '[' or '[^' is a literal.
        if (i + 1 < regex.length() && regex.charAt(i + 1) == '^') {
          i++;
        }
        if (i + 1 < regex.length() && regex.charAt(i + 1) == ']') {
          i++;
        }
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
      } else if (ch == '|' && depth == 0) {
        parts.add(regex.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(regex.substring(start));
    return parts;
  }
}
