package com.storefront.qa.moderation.acts;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Chains a language's acts over one sentence. From the sentence start, every act pattern is tried
 * and the longest match wins; separators (spaces, punctuation, emoji) between acts are skipped. The
 * sentence is recognised when the chain reaches its end. Where no act or shop phrase starts, the
 * rest of the sentence is the unrecognised span.
 *
 * <p>Longest-match chaining is greedy and never backtracks across acts, which keeps the cost linear
 * in the number of acts; the acts are written so that each ends at a natural boundary (a particle,
 * a polite ending), which is where the next act starts.
 */
final class Recogniser {
  private final Grammar grammar;
  private final Matcher[] matchers;

  /** Not thread-safe: holds one matcher per act pattern. Make one per check call. */
  Recogniser(Grammar grammar, CharSequence folded) {
    this.grammar = grammar;
    this.matchers = new Matcher[grammar == null ? 0 : grammar.size()];
    for (int i = 0; i < matchers.length; i++) {
      matchers[i] =
          grammar.pattern(i).matcher(folded).useTransparentBounds(true).useAnchoringBounds(false);
    }
  }

  /**
   * The start of the first unrecognised part of [start, end) of {@code folded}, or -1 when the
   * whole sentence is made of allowed acts.
   */
  int firstUnrecognised(String folded, int start, int end, List<String> shopPhrases) {
    int p = skipSeparators(folded, start, end);
    while (p < end) {
      int best = ShopPhrases.matchAt(folded, p, end, shopPhrases);
      for (Matcher m : matchers) {
        m.region(p, end);
        if (m.lookingAt() && m.end() > best) {
          best = m.end();
        }
      }
      if (best <= p) {
        return p;
      }
      p = skipSeparators(folded, best, end);
    }
    return -1;
  }

  /** Anything that is not a letter or digit separates acts: spaces, punctuation, emoji, "^^". */
  static int skipSeparators(String s, int from, int to) {
    int i = from;
    while (i < to && !Character.isLetterOrDigit(s.charAt(i))) {
      i++;
    }
    return i;
  }
}
