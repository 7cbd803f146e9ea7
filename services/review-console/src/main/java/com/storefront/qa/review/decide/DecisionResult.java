package com.storefront.qa.review.decide;

import com.storefront.qa.review.model.ReviewItem;
import java.util.UUID;

/**
 * What a decision did.
 *
 * @param replayed true when an earlier request with the same idempotency key already made it
 * @param item the item after the decision
 */
public record DecisionResult(
    UUID decisionId, StaffDecision decision, boolean replayed, ReviewItem item) {}
