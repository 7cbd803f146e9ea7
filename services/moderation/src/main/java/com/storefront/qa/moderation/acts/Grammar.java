package com.storefront.qa.moderation.acts;

import com.storefront.qa.moderation.text.GatedPattern;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One language's acts as anchored patterns. Each pattern describes one act from its first word to
 * its last; {@link Recogniser} chains them over a sentence. Patterns are matched against the
 * ASCII-folded text with {@code lookingAt}, so they need no case flags and no {@code ^}.
 *
 * <p>An act may start with up to {@code n} free words (a noun phrase: "식기세척기 사용 가능 여부는" before
 * "담당자가 확인 후 …"). Those are not part of the regex: the recogniser walks them word by word, testing
 * each once against the language's free-word pattern, and tries the act's tail after each. Written
 * as a regex prefix, every act would re-scan the same words with backtracking.
 */
final class Grammar {
  private final List<Act> acts = new ArrayList<>();
  private final List<GatedPattern> patterns = new ArrayList<>();
  private final List<String[]> needs = new ArrayList<>();
  private final List<int[]> free = new ArrayList<>();
  private final Pattern[] wordClasses;

  /**
   * @param wordClasses the free-word patterns an act may refer to by index (e.g. strict words, and
   *     looser ones for empathy); each must match a whole word
   */
  Grammar(String... wordClasses) {
    this.wordClasses = new Pattern[wordClasses.length];
    for (int i = 0; i < wordClasses.length; i++) {
      this.wordClasses[i] = Pattern.compile(wordClasses[i]);
    }
  }

  /** Adds one way of saying {@code act}; alternatives for the same act may be added separately. */
  Grammar add(Act act, String regex) {
    return addFree(act, 0, 0, regex);
  }

  /**
   * Adds a way of saying {@code act} that can only match a sentence containing one of {@code needs}
   * (folded text). The recogniser skips it elsewhere: most acts have a word they cannot do without
   * ("감사", "기다", "sorry").
   */
  Grammar add(Act act, String regex, String... needs) {
    return addFree(act, 0, 0, regex, needs);
  }

  /**
   * Adds an act of up to {@code maxFree} free words of class {@code wordClass}, then {@code tail}.
   */
  Grammar addFree(Act act, int maxFree, int wordClass, String tail, String... needs) {
    acts.add(act);
    patterns.add(GatedPattern.compile(tail));
    this.needs.add(needs);
    free.add(new int[] {maxFree, wordClass});
    return this;
  }

  int size() {
    return patterns.size();
  }

  Act act(int i) {
    return acts.get(i);
  }

  Pattern pattern(int i) {
    return patterns.get(i).pattern();
  }

  /**
   * Where pattern {@code i}, matched exactly at {@code at} within [at, end) of {@code folded},
   * ends; -1 when it does not match there.
   */
  int matchAt(int i, String folded, int at, int end) {
    return patterns.get(i).matchAt(folded, at, end);
  }

  /** False when no match of pattern {@code i} can start with {@code c}. */
  boolean mayStartWith(int i, char c) {
    return patterns.get(i).mayStartWith(c);
  }

  /** How many free words pattern {@code i} may start with. */
  int maxFree(int i) {
    return free.get(i)[0];
  }

  /** The word class of pattern {@code i}'s free words. */
  int wordClass(int i) {
    return free.get(i)[1];
  }

  int wordClasses() {
    return wordClasses.length;
  }

  Pattern wordClassPattern(int c) {
    return wordClasses[c];
  }

  /**
   * The last position in [start, end) of {@code folded} where pattern {@code i} can still start:
   * just before the last occurrence of one of its needed words (a tail cannot start after the word
   * it needs), {@code end} when it needs none, or -1 when it cannot match at all.
   */
  int lastStart(int i, String folded, int start, int end) {
    String[] words = needs.get(i);
    if (words.length == 0) {
      return end;
    }
    int last = -1;
    for (String w : words) {
      int at = folded.lastIndexOf(w, end - w.length());
      if (at >= start) {
        last = Math.max(last, at);
      }
    }
    return last;
  }
}
