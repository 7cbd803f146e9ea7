package com.storefront.qa.contracts.validation;

/**
 * Bounds on question input. They keep one customer's paste from costing a GPU minute or a megabyte
 * of audit, and they are part of the contract: documented in docs/contracts.md.
 */
public final class QuestionLimits {
  /** Largest accepted record value, in bytes. */
  public static final int MAX_RECORD_BYTES = 32 * 1024;

  /** Longest accepted question text, in Unicode code points. */
  public static final int MAX_TEXT_CODE_POINTS = 2_000;

  /** Longest accepted identifier (questionId, shopId, productId), in characters. */
  public static final int MAX_ID_LENGTH = 128;

  /** Longest accepted product name or customerRef, in characters. */
  public static final int MAX_NAME_LENGTH = 300;

  private QuestionLimits() {}
}
