package com.storefront.qa.contracts.event;

import java.time.Instant;
import java.util.List;

/**
 * A reply (or a question held at input) waiting for staff on {@code qa.review.tasks.v1}, key =
 * questionId. {@code draftReply} is null when the question was held before generation. {@code
 * fallbackAnswerId} names the acknowledgement the customer already got, if any.
 */
public record ReviewTask(
    int schemaVersion,
    String taskId,
    String questionId,
    String shopId,
    String productId,
    String locale,
    String question,
    String draftReply,
    ModerationStage stage,
    Verdict verdict,
    List<ModerationReason> reasons,
    String fallbackAnswerId,
    Instant createdAt) {

  public static final int SCHEMA_VERSION = 1;
}
