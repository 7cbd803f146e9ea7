package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.lang.LanguageDetector;
import com.storefront.qa.moderation.lang.ScriptCounts;
import java.util.List;
import java.util.Set;

/**
 * LANGUAGE_MISMATCH: the reply is not in the question's language. Judged only for the languages the
 * detector knows (ko, en, ja, zh) and for replies with a few letters at least; a reply of emoji has
 * no language.
 */
final class LanguageMismatchCheck implements Check {
  private static final Set<String> KNOWN = Set.of("ko", "en", "ja", "zh");
  private static final int MIN_LETTERS = 4;

  @Override
  public List<ModerationReason> check(Subject subject) {
    String expected = subject.language();
    String text = subject.text();
    if (expected == null || !KNOWN.contains(expected)) {
      return List.of();
    }
    if (ScriptCounts.of(text, 4_096).letters() < MIN_LETTERS) {
      return List.of();
    }
    String actual = LanguageDetector.detect(text);
    if (actual.equals(expected)) {
      return List.of();
    }
    return List.of(
        new ModerationReason(
            ReasonCodes.LANGUAGE_MISMATCH,
            "expected " + expected + ", reply is " + actual,
            0,
            text.length()));
  }
}
