package com.storefront.qa.moderation;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.policy.ModerationPolicy;
import com.storefront.qa.moderation.input.InputChecks;
import com.storefront.qa.moderation.input.QuestionMasker;
import com.storefront.qa.moderation.lang.LanguageDetector;
import com.storefront.qa.moderation.output.OutputChecks;
import com.storefront.qa.moderation.verdict.VerdictRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The moderation library's entry point: checks a customer's question before it reaches the model,
 * and the model's reply before it reaches the customer.
 *
 * <p>Thread-safe and cheap to share: construct once ({@code new Moderator()} or {@link
 * #withDefaults()}) and call from any thread. Every check is a pure function over precompiled
 * patterns; no call blocks, allocates patterns or throws on any text (null included).
 */
public final class Moderator {
  private static final Comparator<ModerationReason> TEXT_ORDER =
      Comparator.comparingInt(ModerationReason::start)
          .thenComparingInt(ModerationReason::end)
          .thenComparing(ModerationReason::code);

  private final List<Check> inputChecks;
  private final List<Check> outputChecks;

  /** A moderator with the built-in checks. */
  public Moderator() {
    this(InputChecks.defaults(), OutputChecks.defaults());
  }

  /** A moderator with chosen checks (tests; a deployment that adds its own). */
  public Moderator(List<Check> inputChecks, List<Check> outputChecks) {
    this.inputChecks = List.copyOf(inputChecks);
    this.outputChecks = List.copyOf(outputChecks);
  }

  /** Same as {@code new Moderator()}. */
  public static Moderator withDefaults() {
    return new Moderator();
  }

  /**
   * Checks a customer's question: masks personal data, neutralises chat-template control tokens,
   * and looks for abuse, prompt injection, empty and oversized text.
   *
   * @param text the question as the customer wrote it (null is treated as empty)
   * @param language the question's ISO 639-1 language, or null to detect it
   * @param policy the shop's moderation policy, or null for {@link ModerationPolicy#defaults()}
   * @return the masked text (the only form that may travel further), verdict and reasons; reason
   *     spans index the masked text
   */
  public InputCheck checkQuestion(String text, String language, ModerationPolicy policy) {
    ModerationPolicy effective = policy != null ? policy : ModerationPolicy.defaults();
    QuestionMasker.Result masked = QuestionMasker.mask(text == null ? "" : text);
    String lang = language != null ? language : LanguageDetector.detect(masked.text());
    Subject subject = Subject.question(masked.text(), lang, effective.strictness());
    List<ModerationReason> reasons = new ArrayList<>(masked.reasons());
    for (Check check : inputChecks) {
      reasons.addAll(check.check(subject));
    }
    reasons.sort(TEXT_ORDER);
    Verdict verdict = VerdictRules.decide(ModerationStage.INPUT, reasons, effective);
    return new InputCheck(masked.text(), verdict, reasons);
  }

  /**
   * Checks a model reply: every sentence must be an act an acknowledgement may contain (greeting,
   * thanks, topic, deferral to staff, patience, apology, closing, or one of the policy's approved
   * phrases), then the no-commitment check, invented contacts, health and legal claims, tone,
   * system-prompt leaks, degeneration (script mixing, repetition, garbage, low confidence),
   * language and length.
   *
   * @param maskedQuestion the question as {@link #checkQuestion} masked it
   * @param reply the model's reply (null is treated as empty)
   * @param questionLanguage the question's ISO 639-1 language, or null to detect it
   * @param meanLogProb the engine's mean token log-probability of the reply, or null if unknown
   * @param policy the shop's moderation policy, or null for {@link ModerationPolicy#defaults()}
   * @return verdict and reasons; reason spans index the reply. A clean reply under a policy with
   *     {@code autoPublish=false} is HOLD with {@link ReasonCodes#REVIEW_REQUIRED}.
   */
  public OutputCheck checkReply(
      String maskedQuestion,
      String reply,
      String questionLanguage,
      Double meanLogProb,
      ModerationPolicy policy) {
    ModerationPolicy effective = policy != null ? policy : ModerationPolicy.defaults();
    String question = maskedQuestion == null ? "" : maskedQuestion;
    String lang = questionLanguage != null ? questionLanguage : LanguageDetector.detect(question);
    Subject subject =
        Subject.reply(
            reply == null ? "" : reply,
            question,
            lang,
            meanLogProb,
            effective.strictness(),
            effective.approvedPhrases());
    List<ModerationReason> reasons = new ArrayList<>();
    for (Check check : outputChecks) {
      reasons.addAll(check.check(subject));
    }
    reasons = ReplyReasons.settle(reasons, subject);
    reasons.sort(TEXT_ORDER);
    Verdict verdict = VerdictRules.decide(ModerationStage.OUTPUT, reasons, effective);
    if (!effective.autoPublish() && verdict == Verdict.PUBLISH) {
      reasons.add(new ModerationReason(ReasonCodes.REVIEW_REQUIRED, "", 0, 0));
      verdict = Verdict.HOLD;
    }
    return new OutputCheck(verdict, reasons);
  }
}
