package com.storefront.qa.review.decide;

/** A decision that cannot apply as sent (no text, no reason, wrong kind of item): HTTP 400. */
public final class InvalidDecisionException extends RuntimeException {
  public InvalidDecisionException(String message) {
    super(message, null, false, false);
  }
}
