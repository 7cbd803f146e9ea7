package com.storefront.qa.orchestrator.route;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.jboss.logging.Logger;

/**
 * What a question gets when routing it failed unexpectedly: the built-in acknowledgement in its
 * declared language (or English) and a review task with reason {@value #ROUTING_ERROR}, so the
 * customer is answered and staff see it. This path uses nothing the failed attempt used (no shop
 * policy, no moderation, no language detection). Should even this fail, the question goes to the
 * dead-letter topic with reason {@link DlqHeaders#PROCESSING_FAILED}.
 */
final class LastResort {
  private static final Logger LOG = Logger.getLogger(LastResort.class);

  /** Reason code of the review task of a question whose routing failed. */
  static final String ROUTING_ERROR = "ROUTING_ERROR";

  private final Map<String, String> acknowledgements;

  /** With the built-in acknowledgements. */
  LastResort() {
    this(DefaultPolicy.ACKNOWLEDGEMENTS);
  }

  /**
   * @param acknowledgements by ISO 639-1 language; must hold {@link
   *     DefaultPolicy#FALLBACK_LANGUAGE}
   */
  LastResort(Map<String, String> acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  /** The records to emit for {@code q} after {@code error}. */
  List<Emit> after(QuestionEvent q, RuntimeException error, Instant now) {
    String cause = error.getClass().getName();
    try {
      Ticket ticket = ticket(q);
      List<ModerationReason> reasons = List.of(new ModerationReason(ROUTING_ERROR, cause, 0, 0));
      List<Emit> emits =
          List.of(
              new Emit.Answer(ticket.fallbackAnswer(now)),
              new Emit.Review(
                  ticket.reviewTask(
                      ModerationStage.INPUT, Verdict.HOLD, reasons, null, true, now)));
      LOG.errorf(
          error,
          "routing question %s failed (%s): acknowledged, sent to review",
          q.questionId(),
          cause);
      return emits;
    } catch (RuntimeException again) {
      LOG.errorf(
          error,
          "routing question %s failed (%s) and so did its acknowledgement (%s): sent to the DLQ",
          q.questionId(),
          cause,
          again.getClass().getName());
      return List.of(deadLetter(q, cause, now));
    }
  }

  private Ticket ticket(QuestionEvent q) {
    String declared = q.locale() == null ? null : Locale.forLanguageTag(q.locale()).getLanguage();
    boolean covered = declared != null && acknowledgements.containsKey(declared);
    String language = covered ? declared : DefaultPolicy.FALLBACK_LANGUAGE;
    String acknowledgement = acknowledgements.get(language);
    if (acknowledgement == null) {
      throw new IllegalStateException("no built-in acknowledgement in " + language);
    }
    return new Ticket(
        q.questionId(),
        q.shopId(),
        q.productId(),
        covered ? q.locale() : language,
        language,
        "",
        acknowledgement,
        null,
        null,
        null);
  }

  private static Emit deadLetter(QuestionEvent q, String cause, Instant now) {
    Headers headers = new RecordHeaders();
    put(headers, DlqHeaders.REASON, DlqHeaders.PROCESSING_FAILED);
    put(headers, DlqHeaders.DETAIL, "routing failed: " + cause);
    put(headers, DlqHeaders.REJECTED_AT, now.toString());
    return new Emit.DeadLetter(
        q.questionId().getBytes(StandardCharsets.UTF_8), Json.toBytes(q), headers);
  }

  private static void put(Headers headers, String name, String value) {
    headers.add(name, value.getBytes(StandardCharsets.UTF_8));
  }
}
