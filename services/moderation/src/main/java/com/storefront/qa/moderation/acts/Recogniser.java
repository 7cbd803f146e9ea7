package com.storefront.qa.moderation.acts;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Chains a language's acts over one sentence. From each position every act pattern (and shop
 * phrase) is tried; the chain continues from the longest end first, backing off to shorter ones
 * when the rest of the sentence cannot be parsed. Separators (spaces, punctuation, emoji) between
 * acts are skipped. Positions already known not to parse are remembered, so the search visits each
 * position once.
 *
 * <p>Backing off matters: in "와, 좋은 질문이에요!" a topic ("와, 좋은", since "좋은" ends like a topic
 * particle) is longer than the interjection "와", but only the interjection leaves a parsable rest.
 */
final class Recogniser {
  private static final byte UNKNOWN = 0;
  private static final byte SAFE = 1;
  private static final byte UNSAFE = 2;

  private final Grammar grammar;
  private final Matcher[] wordMatchers;
  private final int[] lastStart;
  private boolean[] failed = new boolean[256];
  private byte[][] wordSafe;
  private int base;
  private int farthest;

  /** Tail ends per pattern and position, for this sentence: 0 unknown, -1 no match, else end+1. */
  private int[][] tailEnd;

  /**
   * Sentences already judged for the current text: the allow-list check and the claim check ask
   * about the same sentences of the same reply.
   */
  private CharSequence judgedText;

  private final int[] judgedStart = new int[16];
  private final int[] judgedEnd = new int[16];
  private final int[] judged = new int[16];
  private int judgedCount;

  /** Not thread-safe: holds per-sentence memo tables; see {@link AllowedActs#recogniserFor}. */
  Recogniser(Grammar grammar, CharSequence folded) {
    this.grammar = grammar;
    int n = grammar == null ? 0 : grammar.size();
    this.lastStart = new int[n];
    this.tailEnd = new int[n][256];
    int classes = grammar == null ? 0 : grammar.wordClasses();
    this.wordMatchers = new Matcher[classes];
    this.wordSafe = new byte[classes][256];
    for (int c = 0; c < classes; c++) {
      wordMatchers[c] = grammar.wordClassPattern(c).matcher(folded);
    }
  }

  /** Points every matcher at a new text (the recogniser is reused per thread). */
  void reset(CharSequence folded) {
    judgedText = null;
    judgedCount = 0;
    for (Matcher m : wordMatchers) {
      m.reset(folded);
    }
  }

  /**
   * Where [start, end) of {@code folded} stops being recognisable (the farthest position that no
   * chain of acts got past), or -1 when the whole sentence is made of allowed acts.
   */
  int firstUnrecognised(String folded, int start, int end, List<String> shopPhrases) {
    if (judgedText != folded) {
      judgedText = folded;
      judgedCount = 0;
    }
    for (int k = 0; k < judgedCount; k++) {
      if (judgedStart[k] == start && judgedEnd[k] == end) {
        return judged[k];
      }
    }
    int result = judge(folded, start, end, shopPhrases);
    if (judgedCount < judged.length) {
      judgedStart[judgedCount] = start;
      judgedEnd[judgedCount] = end;
      judged[judgedCount++] = result;
    }
    return result;
  }

  private int judge(String folded, int start, int end, List<String> shopPhrases) {
    int n = end - start + 1;
    if (failed.length < n) {
      failed = new boolean[n];
      for (int c = 0; c < wordSafe.length; c++) {
        wordSafe[c] = new byte[n];
      }
      for (int i = 0; i < tailEnd.length; i++) {
        tailEnd[i] = new int[n];
      }
    } else {
      Arrays.fill(failed, 0, n, false);
      for (byte[] w : wordSafe) {
        Arrays.fill(w, 0, n, UNKNOWN);
      }
      for (int[] t : tailEnd) {
        Arrays.fill(t, 0, n, 0);
      }
    }
    base = start;
    farthest = start;
    for (int i = 0; i < lastStart.length; i++) {
      lastStart[i] = grammar.lastStart(i, folded, start, end);
    }
    return parses(folded, skipSeparators(folded, start, end), end, shopPhrases) ? -1 : farthest;
  }

  private boolean parses(String folded, int p, int end, List<String> shopPhrases) {
    if (p >= end) {
      return true;
    }
    if (failed[p - base]) {
      return false;
    }
    farthest = Math.max(farthest, p);
    int[] ends = new int[8];
    int count = 0;
    int phrase = ShopPhrases.matchAt(folded, p, end, shopPhrases);
    if (phrase > p) {
      ends[count++] = phrase;
    }
    for (int i = 0; i < lastStart.length; i++) {
      if (lastStart[i] < p) {
        continue;
      }
      int q = p;
      for (int words = 0; ; words++) {
        int e = q <= lastStart[i] ? tailAt(i, folded, q, end) : -1;
        if (e > p && skipSeparators(folded, e, end) >= end) {
          // This act reaches the end of the sentence: nothing longer exists, no need to try more.
          return true;
        }
        if (e > p) {
          if (count == ends.length) {
            ends = Arrays.copyOf(ends, count * 2);
          }
          ends[count++] = e;
        }
        if (words >= grammar.maxFree(i)) {
          break;
        }
        q = afterFreeWord(folded, q, end, grammar.wordClass(i));
        if (q < 0) {
          break;
        }
      }
    }
    Arrays.sort(ends, 0, count);
    for (int k = count - 1; k >= 0; k--) {
      if (k < count - 1 && ends[k] == ends[k + 1]) {
        continue;
      }
      if (parses(folded, skipSeparators(folded, ends[k], end), end, shopPhrases)) {
        return true;
      }
    }
    failed[p - base] = true;
    return false;
  }

  /**
   * Where pattern {@code i}'s tail, started at {@code q}, ends, or -1. Remembered for the sentence:
   * the search reaches the same position through different free-word prefixes.
   */
  private int tailAt(int i, String folded, int q, int end) {
    int known = tailEnd[i][q - base];
    if (known != 0) {
      return known - 1;
    }
    // Gated by first char and by branch: most tails cannot start here.
    int e = grammar.matchAt(i, folded, q, end);
    tailEnd[i][q - base] = e + 1;
    return e;
  }

  /**
   * If a free word of class {@code c} starts at {@code q} (a word, an optional comma, 1–2 spaces),
   * the start of the next word; otherwise -1. Each word's verdict is cached for the sentence.
   */
  private int afterFreeWord(String s, int q, int end, int c) {
    int e = q;
    while (e < end && !Character.isWhitespace(s.charAt(e))) {
      e++;
    }
    int wordEnd = e > q && s.charAt(e - 1) == ',' ? e - 1 : e;
    if (wordEnd == q || e >= end) {
      return -1;
    }
    byte verdict = wordSafe[c][q - base];
    if (verdict == UNKNOWN) {
      Matcher w = wordMatchers[c];
      w.region(q, wordEnd);
      verdict = w.matches() ? SAFE : UNSAFE;
      wordSafe[c][q - base] = verdict;
    }
    if (verdict == UNSAFE) {
      return -1;
    }
    int next = e;
    int spaces = 0;
    while (next < end && Character.isWhitespace(s.charAt(next)) && spaces < 2) {
      next++;
      spaces++;
    }
    return next < end && !Character.isWhitespace(s.charAt(next)) ? next : -1;
  }

  /**
   * Anything that is not a letter or digit separates acts: spaces, punctuation, emoji, "^^"; so do
   * runs of laughter and crying jamo ("ㅎㅎ", "ㅠㅠ"), which are emoticons, never words.
   */
  static int skipSeparators(String s, int from, int to) {
    int i = from;
    while (i < to) {
      char c = s.charAt(i);
      if (!Character.isLetterOrDigit(c) || isJamo(c)) {
        i++;
      } else if (c >= '0' && c <= '9' && ListMarkers.numberEnd(s, i, to) > i) {
        i = ListMarkers.numberEnd(s, i, to);
      } else {
        break;
      }
    }
    return i;
  }

  /**
   * Laughter and crying jamo ("ㅋㅋ", "ㅎㅎ", "ㅠㅠ", "ㅜㅜ"). Other bare jamo are abbreviations of words
   * (swearing "ㅅㅂ", tutting "ㅉㅉ", curt "ㅇㅇ") and must be recognised like any word.
   */
  private static boolean isJamo(char c) {
    return c == 'ㅋ' || c == 'ㅎ' || c == 'ㅠ' || c == 'ㅜ';
  }
}
