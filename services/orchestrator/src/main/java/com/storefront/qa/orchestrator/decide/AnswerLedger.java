package com.storefront.qa.orchestrator.decide;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.ReviewTask;
import java.util.ArrayList;
import java.util.List;

/**
 * What the orchestrator, the one writer of {@code storefront.answers.v1}, remembers of a question's
 * answers: enough to address and number the next revision, and which staff decisions it already
 * turned into one (the value of the {@code answer-ledger} store, JSON).
 *
 * @param locale the locale of the question's answers
 * @param revision the highest revision published so far; 0 when the customer has no answer yet (a
 *     held draft with {@code fallbackOnHold=false})
 * @param decisionIds the decisions already applied, newest last, at most {@link #MAX_DECISIONS}
 * @param traceparent the W3C trace context of the question's first answer or review task, which a
 *     staff revision continues; null when tracing was off
 */
public record AnswerLedger(
    String shopId,
    String productId,
    String locale,
    int revision,
    List<String> decisionIds,
    String traceparent) {

  /** Decisions remembered per question; retries come within seconds, not after 64 other edits. */
  static final int MAX_DECISIONS = 64;

  public AnswerLedger {
    decisionIds = decisionIds == null ? List.of() : List.copyOf(decisionIds);
  }

  /** A ledger without trace context. */
  public AnswerLedger(
      String shopId, String productId, String locale, int revision, List<String> decisionIds) {
    this(shopId, productId, locale, revision, decisionIds, null);
  }

  /** This ledger, keeping {@code trace} unless it has a context already. */
  AnswerLedger traced(String trace) {
    if (traceparent != null || trace == null) {
      return this;
    }
    return new AnswerLedger(shopId, productId, locale, revision, decisionIds, trace);
  }

  /** A question the ledger first hears of through a review task: nothing published yet. */
  static AnswerLedger of(ReviewTask task) {
    return new AnswerLedger(task.shopId(), task.productId(), task.locale(), 0, List.of());
  }

  /** After {@code answer} was published. */
  AnswerLedger published(AnswerEvent answer) {
    return new AnswerLedger(
        shopId, productId, locale, Math.max(revision, answer.revision()), decisionIds, traceparent);
  }

  /** A ledger that starts with {@code answer}. */
  static AnswerLedger of(AnswerEvent answer) {
    return new AnswerLedger(
        answer.shopId(), answer.productId(), answer.locale(), answer.revision(), List.of());
  }

  boolean applied(String decisionId) {
    return decisionIds.contains(decisionId);
  }

  /**
   * After {@code decisionId} was applied, publishing {@code newRevision} (or nothing: the same).
   */
  AnswerLedger decided(String decisionId, int newRevision) {
    List<String> ids = new ArrayList<>(decisionIds);
    ids.add(decisionId);
    if (ids.size() > MAX_DECISIONS) {
      ids.remove(0);
    }
    return new AnswerLedger(
        shopId, productId, locale, Math.max(revision, newRevision), ids, traceparent);
  }
}
