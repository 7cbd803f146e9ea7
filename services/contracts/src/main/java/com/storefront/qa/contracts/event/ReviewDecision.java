package com.storefront.qa.contracts.event;

import java.time.Instant;

/** A staff decision on {@code qa.review.decisions.v1}, key = questionId. */
public record ReviewDecision(
    int schemaVersion,
    String decisionId,
    String taskId,
    String questionId,
    String shopId,
    ReviewAction action,
    String text,
    String reviewer,
    Instant decidedAt) {

  public static final int SCHEMA_VERSION = 1;
}
