package com.storefront.qa.contracts.event;

import java.time.Instant;

/**
 * A customer question, as the storefront publishes it on {@code storefront.questions.v1}.
 *
 * <p>{@code questionId}, {@code shopId}, {@code text} and {@code askedAt} are required; {@code
 * locale} is optional (the orchestrator detects it when absent). {@code customerRef} is opaque to
 * this system: it never reaches the model or the logs, which is why {@link #toString()} omits it
 * along with the free text.
 */
public record QuestionEvent(
    int schemaVersion,
    String questionId,
    String shopId,
    String productId,
    String productName,
    String locale,
    String text,
    Instant askedAt,
    String customerRef) {

  /** The only schema version this code understands. */
  public static final int SCHEMA_VERSION = 1;

  /** A copy with another text (used after PII masking). */
  public QuestionEvent withText(String newText) {
    return new QuestionEvent(
        schemaVersion,
        questionId,
        shopId,
        productId,
        productName,
        locale,
        newText,
        askedAt,
        customerRef);
  }

  /** A copy with a resolved locale (used after language detection). */
  public QuestionEvent withLocale(String newLocale) {
    return new QuestionEvent(
        schemaVersion,
        questionId,
        shopId,
        productId,
        productName,
        newLocale,
        text,
        askedAt,
        customerRef);
  }

  /** Identifiers only: free text and customerRef may hold personal data and stay out of logs. */
  @Override
  public String toString() {
    return "QuestionEvent[questionId=%s, shopId=%s, productId=%s, locale=%s, textLength=%d]"
        .formatted(questionId, shopId, productId, locale, text == null ? 0 : text.length());
  }
}
