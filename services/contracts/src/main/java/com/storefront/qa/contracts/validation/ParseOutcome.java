package com.storefront.qa.contracts.validation;

import com.storefront.qa.contracts.event.QuestionEvent;

/** The result of parsing one question record: a valid event, or a precise rejection. */
public sealed interface ParseOutcome {

  /** The record is a valid question. */
  record Valid(QuestionEvent question) implements ParseOutcome {}

  /**
   * The record is rejected.
   *
   * @param detail which field and why, e.g. {@code "text: must not be blank"}
   */
  record Invalid(RejectReason reason, String detail) implements ParseOutcome {}
}
