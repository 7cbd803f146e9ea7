package com.storefront.qa.review.decide;

import java.util.UUID;

/**
 * A reviewer's decision on one item.
 *
 * @param expectedVersion the item version the reviewer saw; a different current version is a
 *     conflict
 * @param text the answer to publish (EDIT, ANSWER); ignored for APPROVE (the draft is published)
 * @param reason the reason code (REJECT) or reason (CLOSE); required for those two
 * @param idempotencyKey optional: the same key on the same item returns the first decision again
 *     instead of making a second one
 */
public record DecisionRequest(
    UUID itemId,
    StaffDecision decision,
    int expectedVersion,
    String text,
    String reason,
    String idempotencyKey,
    String reviewer) {}
