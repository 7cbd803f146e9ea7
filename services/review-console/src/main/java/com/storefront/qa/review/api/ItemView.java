package com.storefront.qa.review.api;

import com.storefront.qa.review.model.ReviewItem;
import java.time.Instant;
import java.util.UUID;

/**
 * A review item in the JSON API.
 *
 * @param ageSeconds how long the question has waited, when read
 * @param overdue the shop's follow-up target has passed and the item is still open
 * @param customerWaiting the customer has no reply at all yet
 */
public record ItemView(
    UUID itemId,
    String questionId,
    String shopId,
    String productId,
    String locale,
    String reason,
    String state,
    String question,
    String draftReply,
    String stage,
    String moderationReasons,
    boolean noReplySent,
    boolean customerWaiting,
    int customerRevision,
    String customerText,
    Instant askedAt,
    Instant openedAt,
    Instant followUpDueAt,
    long ageSeconds,
    boolean overdue,
    String claimedBy,
    Instant claimExpiresAt,
    String closedReason,
    String decidedBy,
    Instant decidedAt,
    int version) {

  /** The view of {@code i} at {@code now}. */
  public static ItemView of(ReviewItem i, Instant now) {
    return new ItemView(
        i.itemId(),
        i.questionId(),
        i.shopId(),
        i.productId(),
        i.locale(),
        i.reason(),
        i.state(),
        i.questionMasked(),
        i.draftReply(),
        i.stage(),
        i.moderationReasons(),
        i.noReplySent(),
        i.customerWaiting(),
        i.customerRevision(),
        i.customerText(),
        i.askedAt(),
        i.openedAt(),
        i.followUpDueAt(),
        i.age(now).toSeconds(),
        i.overdue(now),
        i.claimedBy(),
        i.claimExpiresAt(),
        i.closedReason(),
        i.decidedBy(),
        i.decidedAt(),
        i.version());
  }
}
