package com.storefront.qa.moderation;

import com.storefront.qa.contracts.policy.ModerationPolicy.Strictness;
import java.util.List;

/**
 * What a {@link Check} looks at.
 *
 * @param text the text under check (the masked question, or the reply)
 * @param folded {@code text} with ASCII letters lower-cased, same length and offsets: patterns
 *     match this without case-insensitive flags, which are several times slower in java.util.regex
 * @param question the masked question when {@code text} is a reply; null when checking a question
 * @param language ISO 639-1 code the text should be in (the question's language)
 * @param meanLogProb the engine's mean token log-probability of the reply, null when unknown
 * @param strictness threshold family for the scored checks
 * @param approvedPhrases the shop's approved phrases, ASCII-folded like {@code folded}; never null
 */
public record Subject(
    String text,
    String folded,
    String question,
    String language,
    Double meanLogProb,
    Strictness strictness,
    List<String> approvedPhrases) {

  public Subject {
    approvedPhrases = approvedPhrases == null ? List.of() : approvedPhrases;
  }

  /** A subject without approved phrases. */
  public Subject(
      String text,
      String folded,
      String question,
      String language,
      Double meanLogProb,
      Strictness strictness) {
    this(text, folded, question, language, meanLogProb, strictness, List.of());
  }

  /** A question under check. */
  public static Subject question(String text, String language, Strictness strictness) {
    return new Subject(text, foldAscii(text), null, language, null, strictness);
  }

  /** A reply under check. */
  public static Subject reply(
      String reply, String question, String language, Double meanLogProb, Strictness strictness) {
    return new Subject(reply, foldAscii(reply), question, language, meanLogProb, strictness);
  }

  /** A reply under check, with the shop's approved phrases (as written; folded here). */
  public static Subject reply(
      String reply,
      String question,
      String language,
      Double meanLogProb,
      Strictness strictness,
      List<String> approvedPhrases) {
    List<String> folded =
        approvedPhrases == null || approvedPhrases.isEmpty()
            ? List.of()
            : approvedPhrases.stream().map(Subject::foldAscii).toList();
    return new Subject(
        reply, foldAscii(reply), question, language, meanLogProb, strictness, folded);
  }

  /** Picks the value for this subject's strictness. */
  public <T> T pick(T lenient, T normal, T strict) {
    return switch (strictness == null ? Strictness.NORMAL : strictness) {
      case LENIENT -> lenient;
      case NORMAL -> normal;
      case STRICT -> strict;
    };
  }

  /**
   * ASCII-only lower-casing: length-preserving, unlike {@link String#toLowerCase}, so match offsets
   * in the folded text are offsets in the original.
   */
  public static String foldAscii(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && !(s.charAt(i) >= 'A' && s.charAt(i) <= 'Z')) {
      i++;
    }
    if (i == n) {
      return s;
    }
    char[] chars = s.toCharArray();
    for (; i < n; i++) {
      char c = chars[i];
      if (c >= 'A' && c <= 'Z') {
        chars[i] = (char) (c + ('a' - 'A'));
      }
    }
    return new String(chars);
  }
}
