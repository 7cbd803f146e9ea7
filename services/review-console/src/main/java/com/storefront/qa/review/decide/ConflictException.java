package com.storefront.qa.review.decide;

import com.storefront.qa.review.model.ReviewItem;

/**
 * The item changed since the reviewer loaded it, is decided already, or is claimed by someone else:
 * HTTP 409 with the current item, so the reviewer can look again.
 */
public final class ConflictException extends RuntimeException {
  private final transient ReviewItem current;

  public ConflictException(String message, ReviewItem current) {
    super(message, null, false, false);
    this.current = current;
  }

  /** The item as it is now. */
  public ReviewItem current() {
    return current;
  }
}
