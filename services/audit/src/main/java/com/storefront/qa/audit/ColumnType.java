package com.storefront.qa.audit;

/** The SQL type of an audit column, which decides how a value is bound. */
public enum ColumnType {
  TEXT,
  INT,
  BIGINT,
  DOUBLE,
  BOOL,
  TIMESTAMPTZ,
  /** A JSON document held as a String; bound with a {@code ?::jsonb} cast. */
  JSONB
}
