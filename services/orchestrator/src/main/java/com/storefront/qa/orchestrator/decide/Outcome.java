package com.storefront.qa.orchestrator.decide;

import com.storefront.qa.contracts.event.AnswerEvent;

/** What one staff decision does to the customer's answer. */
sealed interface Outcome {
  /** A new revision. */
  record Publish(AnswerEvent answer) implements Outcome {}

  /** Applied, but the customer keeps what they have (a reject after the acknowledgement). */
  record NoChange() implements Outcome {}

  /**
   * Not applicable as sent (no text, too long, no reviewer); not remembered, so a fix may retry.
   */
  record Invalid(String why) implements Outcome {}
}
