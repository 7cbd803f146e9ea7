package com.storefront.qa.orchestrator.validate;

import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.validation.RejectReason;

/** What validation made of one raw question record. */
public sealed interface Validated {

  /** A valid question, whatever its record key was (the topology re-keys it by questionId). */
  record Accepted(QuestionEvent question) implements Validated {}

  /** A rejected record: its original bytes, unchanged, and why. */
  record Rejected(byte[] key, byte[] value, RejectReason reason, String detail)
      implements Validated {}
}
