package com.storefront.qa.review.decide;

import com.storefront.qa.contracts.event.ReviewAction;
import java.util.Optional;

/** What a reviewer can do with an open review item. */
public enum StaffDecision {
  /** Publish the held draft as it is. */
  APPROVE(ReviewAction.APPROVE),
  /** Publish the reviewer's edit of the held draft. */
  EDIT(ReviewAction.EDIT),
  /**
   * Discard the held draft (reason code required); the customer keeps the acknowledgement, and the
   * item stays open as a follow-up: the real answer is still owed.
   */
  REJECT(ReviewAction.REJECT),
  /** The real follow-up answer, for any open item. */
  ANSWER(ReviewAction.ANSWER),
  /** Close without an answer (reason required); nothing is published. */
  CLOSE(null);

  private final ReviewAction action;

  StaffDecision(ReviewAction action) {
    this.action = action;
  }

  /** The decision event's action, or empty when nothing goes to Kafka. */
  public Optional<ReviewAction> action() {
    return Optional.ofNullable(action);
  }

  /** Whether the customer gets a new revision from it. */
  public boolean publishesText() {
    return this == APPROVE || this == EDIT || this == ANSWER;
  }
}
