package com.storefront.qa.moderation.output;

import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.acts.AllowedActsCheck;
import com.storefront.qa.moderation.text.LengthCheck;
import java.util.List;

/** The built-in reply checks. */
public final class OutputChecks {
  /**
   * Reply length limits per strictness, in code points. The engine stops at 200 new tokens, about
   * 300–400 Korean characters; a reply far past that is rambling.
   */
  static final int LENIENT_MAX = 1_200;

  static final int NORMAL_MAX = 800;
  static final int STRICT_MAX = 500;

  private OutputChecks() {}

  /**
   * Every reply check: length, the allow-list of acknowledgement acts, content (claims, promises,
   * contacts, health), tone, leaks, form.
   */
  public static List<Check> defaults() {
    return List.of(
        new LengthCheck(LENIENT_MAX, NORMAL_MAX, STRICT_MAX),
        new AllowedActsCheck(),
        new DefinitiveClaimCheck(),
        new CommitmentCheck(),
        new InventedContactCheck(),
        new PersonalDataCheck(),
        new HealthLegalCheck(),
        new RudeToneCheck(),
        new PromptLeakCheck(),
        new ScriptMixingCheck(),
        new RepetitionCheck(),
        new GarbageCheck(),
        new LowConfidenceCheck(),
        new LanguageMismatchCheck());
  }
}
