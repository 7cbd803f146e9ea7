package com.storefront.qa.audit;

/**
 * Masks personal data (phone numbers, e-mail addresses, ...) in free text before it is stored. The
 * production implementation delegates to the moderation module's PII masker; see {@code
 * com.storefront.qa.review.app.MaskerProducer}.
 */
@FunctionalInterface
public interface Masker {
  /** The text with personal data replaced by placeholders; null stays null. */
  String mask(String text);
}
