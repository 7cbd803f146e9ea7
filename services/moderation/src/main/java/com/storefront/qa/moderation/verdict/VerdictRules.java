package com.storefront.qa.moderation.verdict;

import static com.storefront.qa.moderation.ReasonCodes.*;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.policy.ModerationPolicy;
import java.util.List;
import java.util.Set;

/**
 * Turns reasons into a verdict under a shop's policy.
 *
 * <ul>
 *   <li>BLOCK: a reply that carries someone's resident registration, card or account number. No
 *       policy can publish that, so {@code holdReasons} does not apply to it.
 *   <li>HOLD: any reason in the shop's {@code holdReasons}; when that set is empty, any reason in
 *       the stage's defaults ({@link #defaultHoldCodes}).
 *   <li>PUBLISH otherwise; reasons that do not hold are still reported for the audit.
 * </ul>
 *
 * <p>Personal data in a question does not hold it: it is masked, and the masked question goes on.
 */
public final class VerdictRules {
  private static final Set<String> INPUT_HOLD =
      Set.of(ABUSE, PROMPT_INJECTION, CONTROL_TOKEN, EMPTY, TOO_LONG);

  private static final Set<String> OUTPUT_HOLD =
      Set.of(
          EMPTY,
          TOO_LONG,
          DEFINITIVE_CLAIM,
          COMMITMENT,
          UNRECOGNISED_STATEMENT,
          INVENTED_CONTACT,
          HEALTH_LEGAL_CLAIM,
          RUDE_TONE,
          PROMPT_LEAK,
          SCRIPT_MIXING,
          REPETITION,
          GARBAGE,
          LOW_CONFIDENCE,
          LANGUAGE_MISMATCH,
          ABUSE,
          PROMPT_INJECTION,
          CONTROL_TOKEN,
          PII_PHONE,
          PII_EMAIL);

  private static final Set<String> OUTPUT_BLOCK = Set.of(PII_RRN, PII_CARD, PII_ACCOUNT);

  private VerdictRules() {}

  /** The codes that hold at {@code stage} when a shop names none of its own. */
  public static Set<String> defaultHoldCodes(ModerationStage stage) {
    return stage == ModerationStage.INPUT ? INPUT_HOLD : OUTPUT_HOLD;
  }

  /** The codes that block at {@code stage} whatever the policy says. */
  public static Set<String> blockCodes(ModerationStage stage) {
    return stage == ModerationStage.OUTPUT ? OUTPUT_BLOCK : Set.of();
  }

  /** The verdict for {@code reasons} found at {@code stage} under {@code policy}. */
  public static Verdict decide(
      ModerationStage stage, List<ModerationReason> reasons, ModerationPolicy policy) {
    Set<String> block = blockCodes(stage);
    Set<String> shopHold = policy.holdReasons();
    Set<String> hold = shopHold == null || shopHold.isEmpty() ? defaultHoldCodes(stage) : shopHold;
    Verdict verdict = Verdict.PUBLISH;
    for (ModerationReason reason : reasons) {
      if (block.contains(reason.code())) {
        return Verdict.BLOCK;
      }
      if (hold.contains(reason.code())) {
        verdict = Verdict.HOLD;
      }
    }
    return verdict;
  }
}
