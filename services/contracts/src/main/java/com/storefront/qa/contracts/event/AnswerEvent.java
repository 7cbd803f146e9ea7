package com.storefront.qa.contracts.event;

import java.time.Instant;

/**
 * A reply shown on the storefront, published on {@code storefront.answers.v1} with key =
 * questionId. A later {@code revision} for the same questionId replaces an earlier one (a staff
 * edit replaces a fallback, for instance). {@code reviewer} is set only for {@link
 * AnswerSource#STAFF}.
 */
public record AnswerEvent(
    int schemaVersion,
    String questionId,
    String shopId,
    String productId,
    String answerId,
    int revision,
    String text,
    String locale,
    AnswerSource source,
    Instant answeredAt,
    String reviewer) {

  public static final int SCHEMA_VERSION = 1;

  /** The answerId convention: stable per question and revision, so replays are idempotent. */
  public static String answerId(String questionId, int revision) {
    return questionId + "#r" + revision;
  }
}
