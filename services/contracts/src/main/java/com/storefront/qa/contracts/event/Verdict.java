package com.storefront.qa.contracts.event;

/** The outcome of a moderation check. */
public enum Verdict {
  /** Safe to show the customer. */
  PUBLISH,
  /** Doubtful: the customer gets the safe acknowledgement and staff review the draft. */
  HOLD,
  /** Never to be shown; staff may still answer the question themselves. */
  BLOCK
}
