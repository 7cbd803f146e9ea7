package com.storefront.qa.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Array parameters for set-based statements ({@code INSERT ... SELECT FROM unnest(?::text[],
 * ...)}): one statement carries a whole batch, so PostgreSQL plans and executes once per batch
 * instead of once per row. Timestamps travel as text and are cast by the statement, formatted the
 * way the JDBC driver formats an {@code OffsetDateTime} (rounded to microseconds, half up), so a
 * row written through an array holds exactly what the row-by-row path would have written.
 */
public final class PgArrays {
  private static final DateTimeFormatter MICROS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX").withZone(ZoneOffset.UTC);

  private PgArrays() {}

  /** A {@code text[]} parameter (nulls allowed). */
  public static Array text(Connection c, List<String> values) throws SQLException {
    return c.createArrayOf("text", values.toArray(new String[0]));
  }

  /** An {@code int4[]} parameter (nulls allowed). */
  public static Array ints(Connection c, List<Integer> values) throws SQLException {
    return c.createArrayOf("int4", values.toArray(new Integer[0]));
  }

  /** An {@code int8[]} parameter (nulls allowed). */
  public static Array longs(Connection c, List<Long> values) throws SQLException {
    return c.createArrayOf("int8", values.toArray(new Long[0]));
  }

  /** A {@code float8[]} parameter (nulls allowed). */
  public static Array doubles(Connection c, List<Double> values) throws SQLException {
    return c.createArrayOf("float8", values.toArray(new Double[0]));
  }

  /** A {@code bool[]} parameter (nulls allowed). */
  public static Array bools(Connection c, List<Boolean> values) throws SQLException {
    return c.createArrayOf("bool", values.toArray(new Boolean[0]));
  }

  /**
   * An instant as PostgreSQL {@code timestamptz} input text, or null. Years outside 0000-9999 come
   * out in a form PostgreSQL refuses, which sends the batch down the row-by-row path.
   */
  public static String timestamp(Instant t) {
    if (t == null) {
      return null;
    }
    // The driver rounds nanoseconds to microseconds, half up; do the same.
    Instant micros = t.plusNanos(500).truncatedTo(ChronoUnit.MICROS);
    return MICROS.format(micros);
  }
}
