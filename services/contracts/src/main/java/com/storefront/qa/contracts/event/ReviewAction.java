package com.storefront.qa.contracts.event;

/** What a reviewer did with a task. */
public enum ReviewAction {
  /** Publish the draft as it is. */
  APPROVE,
  /** Publish the reviewer's edited text. */
  EDIT,
  /** Discard the draft; the acknowledgement stays. */
  REJECT,
  /** The real follow-up answer, written by staff after checking the product. */
  ANSWER
}
