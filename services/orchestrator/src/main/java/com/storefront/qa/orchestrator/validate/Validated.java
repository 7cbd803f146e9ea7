package com.storefront.qa.orchestrator.validate;

import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.validation.RejectReason;

/** What validation made of one raw question record. */
public sealed interface Validated {

  /**
   * A valid question.
   *
   * @param keyed true when the record key was the questionId (so the record already sits on the
   *     questionId's partition); false for a null or empty key
   */
  record Accepted(QuestionEvent question, boolean keyed) implements Validated {}

  /** A rejected record: its original bytes, unchanged, and why. */
  record Rejected(byte[] key, byte[] value, RejectReason reason, String detail)
      implements Validated {}
}
