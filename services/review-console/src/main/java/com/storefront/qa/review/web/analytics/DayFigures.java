package com.storefront.qa.review.web.analytics;

import java.time.LocalDate;

/**
 * One shop's figures for one day (UTC) of questions asked that day.
 *
 * @param questions questions asked
 * @param autoPublished questions whose first answer was the model's reply, published unreviewed
 * @param firstReplyP50Min median minutes from question to its first answer of any kind (null: none)
 * @param firstReplyP95Min 95th percentile of the same
 * @param followUpP50Hours median hours from question to the staff answer (null: none yet)
 * @param followUpP95Hours 95th percentile of the same
 * @param breaches questions whose staff answer came after the target, or that are older than the
 *     target with none
 */
public record DayFigures(
    String shopId,
    LocalDate day,
    long questions,
    long autoPublished,
    Double firstReplyP50Min,
    Double firstReplyP95Min,
    Double followUpP50Hours,
    Double followUpP95Hours,
    long breaches) {

  /** The share of questions answered by the model without staff, 0..1. */
  public double autoPublishRate() {
    return questions == 0 ? 0 : (double) autoPublished / questions;
  }
}
