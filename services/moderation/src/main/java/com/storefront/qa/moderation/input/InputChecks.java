package com.storefront.qa.moderation.input;

import com.storefront.qa.contracts.validation.QuestionLimits;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.text.LengthCheck;
import java.util.List;

/**
 * The built-in question checks. Masking (PII, control tokens) is not among them: it rewrites the
 * text, so {@link QuestionMasker} runs first and these checks see the masked text.
 */
public final class InputChecks {
  private InputChecks() {}

  /** Length (the contract's limit at every strictness), abuse, injection. */
  public static List<Check> defaults() {
    int max = QuestionLimits.MAX_TEXT_CODE_POINTS;
    return List.of(new LengthCheck(max, max, max), new AbuseCheck(), new InjectionCheck());
  }
}
