package com.storefront.qa.contracts;

/**
 * Headers on every record of {@link Topics#QUESTIONS_DLQ}. The record's key and value are the
 * original bytes, unchanged, so a fixed producer can replay it (unless {@link #ORIGINAL_BYTES} says
 * the value was cut to fit); these headers say why it was rejected and where it came from.
 */
public final class DlqHeaders {
  /**
   * A {@link com.storefront.qa.contracts.validation.RejectReason} name, e.g. MISSING_FIELD, or
   * {@link #PROCESSING_FAILED}.
   */
  public static final String REASON = "dlq.reason";

  /**
   * The reason of a valid question that could not be processed (an unexpected error while routing
   * it, after which even the acknowledgement could not be made). The record's value is then the
   * question as parsed, not the original bytes; replay it once the cause is fixed.
   */
  public static final String PROCESSING_FAILED = "PROCESSING_FAILED";

  /** Human-readable detail: which field and why, e.g. "text: must not be blank". */
  public static final String DETAIL = "dlq.detail";

  public static final String SOURCE_TOPIC = "dlq.source.topic";
  public static final String SOURCE_PARTITION = "dlq.source.partition";
  public static final String SOURCE_OFFSET = "dlq.source.offset";

  /** ISO-8601 instant at which the record was rejected. */
  public static final String REJECTED_AT = "dlq.rejected.at";

  /**
   * Present when the value was too large to copy whole (the DLQ record must fit the broker's limit
   * with its headers): the original value's size in bytes; the value is then its first bytes only.
   */
  public static final String ORIGINAL_BYTES = "dlq.original.bytes";

  /** Like {@link #ORIGINAL_BYTES}, for a key too large to copy whole. */
  public static final String ORIGINAL_KEY_BYTES = "dlq.original.key.bytes";

  /**
   * Present when the original headers were too large to copy: how many were dropped (all of them;
   * the DLQ's own headers are always there).
   */
  public static final String HEADERS_DROPPED = "dlq.headers.dropped";

  private DlqHeaders() {}
}
