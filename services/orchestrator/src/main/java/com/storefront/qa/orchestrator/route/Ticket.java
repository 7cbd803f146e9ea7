package com.storefront.qa.orchestrator.route;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.policy.ModerationPolicy;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * Everything needed to answer one question, without its raw text or customerRef: the value of the
 * pending-generation store (JSON), and the factory of every event about the question.
 *
 * @param locale the answer's locale tag: the question's own locale, or the detected language
 * @param language ISO 639-1 language of the question, as moderation judges it
 * @param maskedQuestion the question after PII masking
 * @param acknowledgement the shop's acknowledgement in the answer's language
 * @param requestId the generation request's id; null before a request is made
 * @param deadline when the acknowledgement is published instead of a model reply; null before
 * @param traceparent the W3C trace context of the question's routing, for the deadline's
 *     acknowledgement; null when tracing is off
 */
public record Ticket(
    String questionId,
    String shopId,
    String productId,
    String locale,
    String language,
    String maskedQuestion,
    String acknowledgement,
    ModerationPolicy moderation,
    String requestId,
    Instant deadline,
    String traceparent) {

  /** The orchestrator only ever publishes revision 1; staff edits come later as revision 2+. */
  public static final int REVISION = 1;

  /** A ticket without trace context. */
  public Ticket(
      String questionId,
      String shopId,
      String productId,
      String locale,
      String language,
      String maskedQuestion,
      String acknowledgement,
      ModerationPolicy moderation,
      String requestId,
      Instant deadline) {
    this(
        questionId,
        shopId,
        productId,
        locale,
        language,
        maskedQuestion,
        acknowledgement,
        moderation,
        requestId,
        deadline,
        null);
  }

  /**
   * Waiting for {@code newRequestId}'s result until {@code newDeadline}, in trace {@code trace}.
   */
  public Ticket awaiting(String newRequestId, Instant newDeadline, String trace) {
    return new Ticket(
        questionId,
        shopId,
        productId,
        locale,
        language,
        maskedQuestion,
        acknowledgement,
        moderation,
        newRequestId,
        newDeadline,
        trace);
  }

  public String answerId() {
    return AnswerEvent.answerId(questionId, REVISION);
  }

  /** The acknowledgement, as revision 1. */
  public AnswerEvent fallbackAnswer(Instant now) {
    return answer(acknowledgement, AnswerSource.FALLBACK, now);
  }

  /** A moderated model reply, as revision 1. */
  public AnswerEvent modelAnswer(String text, Instant now) {
    return answer(text, AnswerSource.MODEL, now);
  }

  private AnswerEvent answer(String text, AnswerSource source, Instant now) {
    return new AnswerEvent(
        AnswerEvent.SCHEMA_VERSION,
        questionId,
        shopId,
        productId,
        answerId(),
        REVISION,
        text,
        locale,
        source,
        now,
        null);
  }

  public ModerationVerdict verdict(
      ModerationStage stage,
      Verdict verdict,
      List<ModerationReason> reasons,
      String checkedText,
      Instant now) {
    return new ModerationVerdict(
        ModerationVerdict.SCHEMA_VERSION,
        ModerationVerdict.verdictId(questionId, stage),
        questionId,
        shopId,
        stage,
        verdict,
        reasons,
        checkedText,
        now);
  }

  /**
   * A task for staff.
   *
   * @param draft the model's reply, null when the question was held before generation
   * @param fallbackSent whether the customer got the acknowledgement meanwhile
   */
  public ReviewTask reviewTask(
      ModerationStage stage,
      Verdict verdict,
      List<ModerationReason> reasons,
      String draft,
      boolean fallbackSent,
      Instant now) {
    return new ReviewTask(
        ReviewTask.SCHEMA_VERSION,
        questionId + "#" + stage.name().toLowerCase(Locale.ROOT),
        questionId,
        shopId,
        productId,
        locale,
        maskedQuestion,
        draft,
        stage,
        verdict,
        reasons,
        fallbackSent ? answerId() : null,
        now);
  }
}
