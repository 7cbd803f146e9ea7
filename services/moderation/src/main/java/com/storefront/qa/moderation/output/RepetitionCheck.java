package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.text.Reasons;
import com.storefront.qa.moderation.text.Sentences;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * REPETITION: a decoding loop. Three signals, thresholds by strictness:
 *
 * <ul>
 *   <li>a character repeated in a row ("!!!!!!!!!!", "ㅋㅋㅋㅋㅋㅋㅋㅋㅋㅋ"), or a 2–4 character unit
 *       ("아니아니아니아니");
 *   <li>a word or phrase of up to 8 words repeated back to back ("very very very");
 *   <li>the same sentence twice ("감사합니다!" excepted: sentences under 10 characters).
 * </ul>
 *
 * All scans are linear: periods and phrase lengths are bounded constants.
 */
final class RepetitionCheck implements Check {
  private static final int SCAN_LIMIT = 4_000;
  private static final int MAX_PHRASE_WORDS = 8;
  private static final int MIN_SENTENCE = 10;
  private static final Pattern NOT_LETTERS = Pattern.compile("[\\s\\p{P}]+");

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    int n = Math.min(text.length(), SCAN_LIMIT);
    int charRepeats = subject.pick(20, 10, 6);
    int unitRepeats = subject.pick(6, 4, 3);
    ModerationReason r = charLoop(text, n, 1, charRepeats);
    for (int p = 2; r == null && p <= 4; p++) {
      r = charLoop(text, n, p, unitRepeats);
    }
    if (r == null) {
      r = wordLoop(text, n, subject.pick(4, 3, 3), subject.pick(3, 2, 2));
    }
    if (r == null) {
      r = repeatedSentence(text, n, subject.pick(3, 2, 2));
    }
    return r == null ? List.of() : List.of(r);
  }

  /** A unit of {@code period} chars repeated {@code repeats}+ times in a row. */
  private static ModerationReason charLoop(String text, int n, int period, int repeats) {
    int run = 0;
    for (int i = 0; i + period < n; i++) {
      char c = text.charAt(i);
      if (c == text.charAt(i + period) && (period > 1 || !Character.isWhitespace(c))) {
        run++;
        if (run >= period * (repeats - 1)) {
          int start = i - run + 1;
          int end = i + period + 1;
          // A unit of blanks is layout; a unit of one repeated char is the period-1 case.
          if (!blankUnit(text, start, period) && !uniformUnit(text, start, period)) {
            return Reasons.of(ReasonCodes.REPETITION, text, start, end);
          }
        }
      } else {
        run = 0;
      }
    }
    return null;
  }

  private static boolean uniformUnit(String text, int start, int period) {
    for (int k = start + 1; k < start + period; k++) {
      if (text.charAt(k) != text.charAt(start)) {
        return false;
      }
    }
    return period > 1;
  }

  private static boolean blankUnit(String text, int start, int period) {
    for (int k = start; k < start + period; k++) {
      if (!Character.isWhitespace(text.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** A phrase of 1–8 words repeated back to back: single words {@code wordRepeats} times. */
  private static ModerationReason wordLoop(String text, int n, int wordRepeats, int phraseRepeats) {
    Words w = Words.of(text, n);
    for (int p = 1; p <= MAX_PHRASE_WORDS; p++) {
      int needed = p == 1 ? wordRepeats : (p == 2 ? Math.max(3, phraseRepeats) : phraseRepeats);
      int run = 0;
      for (int i = 0; i + p < w.count; i++) {
        if (w.hash[i] == w.hash[i + p] && w.same(text, i, i + p)) {
          run++;
          if (run >= p * (needed - 1)) {
            int first = i - run + 1;
            return Reasons.of(ReasonCodes.REPETITION, text, w.start[first], w.end[i + p]);
          }
        } else {
          run = 0;
        }
      }
    }
    return null;
  }

  private static ModerationReason repeatedSentence(String text, int n, int times) {
    Map<String, Integer> seen = new HashMap<>();
    for (int[] s : Sentences.split(text, n)) {
      if (s[1] - s[0] < MIN_SENTENCE) {
        continue;
      }
      String key = NOT_LETTERS.matcher(text.substring(s[0], s[1])).replaceAll("");
      if (key.length() >= MIN_SENTENCE && seen.merge(key, 1, Integer::sum) >= times) {
        return Reasons.of(ReasonCodes.REPETITION, text, s[0], s[1]);
      }
    }
    return null;
  }

  /** Whitespace-separated words with trailing punctuation ignored, and their hashes. */
  private static final class Words {
    final int[] start;
    final int[] end;
    final int[] hash;
    int count;

    private Words(int capacity) {
      start = new int[capacity];
      end = new int[capacity];
      hash = new int[capacity];
    }

    static Words of(String text, int n) {
      Words w = new Words(n / 2 + 1);
      int i = 0;
      while (i < n) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int s = i;
        while (i < n && !Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        int e = i;
        while (e > s && isPunct(text.charAt(e - 1))) {
          e--;
        }
        if (e > s) {
          int h = 0;
          for (int k = s; k < e; k++) {
            h = 31 * h + Character.toLowerCase(text.charAt(k));
          }
          w.start[w.count] = s;
          w.end[w.count] = e;
          w.hash[w.count] = h;
          w.count++;
        }
      }
      return w;
    }

    boolean same(String text, int a, int b) {
      int len = end[a] - start[a];
      return len == end[b] - start[b] && text.regionMatches(true, start[a], text, start[b], len);
    }

    private static boolean isPunct(char c) {
      int t = Character.getType(c);
      return t == Character.OTHER_PUNCTUATION
          || t == Character.END_PUNCTUATION
          || t == Character.DASH_PUNCTUATION
          || t == Character.FINAL_QUOTE_PUNCTUATION;
    }
  }
}
