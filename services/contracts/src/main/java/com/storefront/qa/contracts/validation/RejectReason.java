package com.storefront.qa.contracts.validation;

/** Why a question record was sent to the dead-letter topic. */
public enum RejectReason {
  /** A tombstone or empty value. */
  EMPTY_RECORD,
  /** The record is larger than {@link QuestionLimits#MAX_RECORD_BYTES}. */
  RECORD_TOO_LARGE,
  /** The bytes are not valid UTF-8. */
  INVALID_UTF8,
  /** The value is not parseable JSON. */
  NOT_JSON,
  /** The JSON is valid but not an object (an array, a string, ...). */
  NOT_AN_OBJECT,
  /** {@code schemaVersion} is missing, not an integer, or not a version this code knows. */
  UNSUPPORTED_SCHEMA_VERSION,
  /** A required field is absent or null. */
  MISSING_FIELD,
  /** A field has the wrong JSON type (a number where a string is expected, ...). */
  WRONG_TYPE,
  /** A required text field is empty or whitespace. */
  BLANK_FIELD,
  /** A field has the right type but an unacceptable value (bad timestamp, bad id, ...). */
  INVALID_VALUE,
  /** A field is longer than its limit (see {@link QuestionLimits}). */
  FIELD_TOO_LONG,
  /** The record key is set and differs from questionId. */
  KEY_MISMATCH
}
