package com.storefront.qa.review.model;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One review item as staff see it: a held draft or a question owing its customer the real answer.
 *
 * @param reason HELD (a draft waiting for a verdict) or FOLLOW_UP (the auto-reply promised staff)
 * @param state OPEN, ANSWERED or CLOSED
 * @param noReplySent held with shop policy {@code fallbackOnHold=false}: the customer was sent no
 *     acknowledgement
 * @param customerRevision the highest revision the customer has (0 = nothing yet)
 * @param version raised by every change; a decision names the version it was made on
 */
public record ReviewItem(
    UUID itemId,
    String questionId,
    String shopId,
    String productId,
    String locale,
    String reason,
    String state,
    String taskId,
    String questionMasked,
    String draftReply,
    String stage,
    String moderationReasons,
    boolean noReplySent,
    int customerRevision,
    String customerText,
    Instant askedAt,
    Instant openedAt,
    Instant followUpDueAt,
    String claimedBy,
    Instant claimExpiresAt,
    String closedReason,
    String decidedBy,
    Instant decidedAt,
    int version) {

  /** Whether the customer has no reply at all yet. */
  public boolean customerWaiting() {
    return customerRevision == 0;
  }

  /** How long the question has waited for staff, at {@code now}. */
  public Duration age(Instant now) {
    return Duration.between(openedAt, now);
  }

  /** Whether the follow-up target has passed at {@code now} while the item is still open. */
  public boolean overdue(Instant now) {
    return "OPEN".equals(state) && followUpDueAt != null && followUpDueAt.isBefore(now);
  }

  /** Whether someone other than {@code username} holds a live claim at {@code now}. */
  public boolean claimedByOther(String username, Instant now) {
    return claimedBy != null
        && !claimedBy.equals(username)
        && claimExpiresAt != null
        && claimExpiresAt.isAfter(now);
  }
}
