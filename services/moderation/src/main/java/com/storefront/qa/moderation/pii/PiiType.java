package com.storefront.qa.moderation.pii;

import com.storefront.qa.moderation.ReasonCodes;

/**
 * Kinds of personal data, in claiming order: when two detectors match overlapping text, the earlier
 * kind wins (a resident registration number is never half-masked as a phone number).
 */
public enum PiiType {
  RRN(ReasonCodes.PII_RRN, "[RRN]"),
  CARD(ReasonCodes.PII_CARD, "[CARD]"),
  PHONE(ReasonCodes.PII_PHONE, "[PHONE]"),
  EMAIL(ReasonCodes.PII_EMAIL, "[EMAIL]"),
  ACCOUNT(ReasonCodes.PII_ACCOUNT, "[ACCOUNT]");

  private final String code;
  private final String placeholder;

  PiiType(String code, String placeholder) {
    this.code = code;
    this.placeholder = placeholder;
  }

  /** The reason code. */
  public String code() {
    return code;
  }

  /**
   * What replaces the data. Placeholders hold no digit and no '@', so no detector can match them:
   * that is what makes masking idempotent.
   */
  public String placeholder() {
    return placeholder;
  }
}
