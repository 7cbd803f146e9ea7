package com.storefront.qa.contracts;

import java.util.List;

/**
 * Every Kafka topic of the system. Names are versioned: a breaking change to an event means a new
 * topic, never an in-place change, so old consumers keep working during a rollout.
 */
public final class Topics {
  /** Customer questions from the storefront (external contract, key = questionId). */
  public static final String QUESTIONS = "storefront.questions.v1";

  /** Questions that failed validation, unchanged, with {@link DlqHeaders} naming the reason. */
  public static final String QUESTIONS_DLQ = "storefront.questions.dlq.v1";

  /** Replies shown on the storefront (external contract, key = questionId). */
  public static final String ANSWERS = "storefront.answers.v1";

  /** Per-shop policy, compacted, key = shopId; read as a GlobalKTable. */
  public static final String SHOP_POLICIES = "qa.shop-policies.v1";

  /** Work for the reply workers, key = questionId. */
  public static final String GENERATION_REQUESTS = "qa.generation.requests.v1";

  /** What the reply workers produced, key = questionId. */
  public static final String GENERATION_RESULTS = "qa.generation.results.v1";

  /** Every moderation verdict, input and output, key = questionId. */
  public static final String MODERATION = "qa.moderation.v1";

  /** Replies held for staff review, key = questionId. */
  public static final String REVIEW_TASKS = "qa.review.tasks.v1";

  /** Staff decisions from the review console, key = questionId. */
  public static final String REVIEW_DECISIONS = "qa.review.decisions.v1";

  /** Every topic the system owns, in creation order. */
  public static final List<String> ALL =
      List.of(
          QUESTIONS,
          QUESTIONS_DLQ,
          ANSWERS,
          SHOP_POLICIES,
          GENERATION_REQUESTS,
          GENERATION_RESULTS,
          MODERATION,
          REVIEW_TASKS,
          REVIEW_DECISIONS);

  /** Topics that are log-compacted rather than time-retained. */
  public static final List<String> COMPACTED = List.of(SHOP_POLICIES);

  private Topics() {}
}
