package com.storefront.qa.audit;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The set-based insert of a keep-first table: every row of a batch in ONE {@code INSERT ... SELECT
 * FROM unnest(...) ON CONFLICT (key) DO NOTHING} statement, one array parameter per column. The
 * semantics are those of {@link AuditTable#insertSql()} row by row: the first row of a key is kept,
 * later copies (in the batch or already stored) change nothing. A second copy of a key inside the
 * batch is dropped here, before the statement, so the outcome does not depend on how PostgreSQL
 * orders the rows of one statement.
 */
final class BulkInsert {
  private BulkInsert() {}

  /** Whether a table can be written this way (keep-first; latest-wins updates stay row by row). */
  static boolean supports(AuditTable table) {
    return table.conflict() == AuditTable.Conflict.KEEP_FIRST;
  }

  /** The statement for {@code table}. */
  static String sql(AuditTable table) {
    List<AuditTable.Column> cols = table.columns();
    String names = cols.stream().map(AuditTable.Column::name).collect(Collectors.joining(", "));
    String params =
        cols.stream().map(c -> "?::" + arrayType(c.type())).collect(Collectors.joining(", "));
    String select =
        cols.stream()
            .map(c -> c.type() == ColumnType.JSONB ? c.name() + "::jsonb" : c.name())
            .collect(Collectors.joining(", "));
    return "INSERT INTO %s (%s) SELECT %s FROM unnest(%s) AS u(%s) ON CONFLICT (%s) DO NOTHING"
        .formatted(table.tableName(), names, select, params, names, String.join(", ", table.key()));
  }

  /**
   * Inserts {@code rows} (all of {@code table}).
   *
   * @return how many rows were new
   */
  static int write(Connection c, AuditTable table, List<AuditRow> rows) throws SQLException {
    List<AuditRow> unique = firstOfEachKey(table, rows);
    try (PreparedStatement ps = c.prepareStatement(sql(table))) {
      int i = 1;
      for (AuditTable.Column col : table.columns()) {
        ps.setArray(i++, column(c, col, unique));
      }
      return ps.executeUpdate();
    }
  }

  private static List<AuditRow> firstOfEachKey(AuditTable table, List<AuditRow> rows) {
    Set<List<Object>> seen = new HashSet<>();
    List<AuditRow> unique = new ArrayList<>(rows.size());
    for (AuditRow row : rows) {
      List<Object> key = new ArrayList<>(table.key().size());
      for (String k : table.key()) {
        key.add(row.bindValue(k));
      }
      if (seen.add(key)) {
        unique.add(row);
      }
    }
    return unique;
  }

  private static Array column(Connection c, AuditTable.Column col, List<AuditRow> rows)
      throws SQLException {
    String name = col.name();
    return switch (col.type()) {
      case TEXT, JSONB -> PgArrays.text(c, values(rows, name, v -> v.toString()));
      case INT -> PgArrays.ints(c, values(rows, name, v -> ((Number) v).intValue()));
      case BIGINT -> PgArrays.longs(c, values(rows, name, v -> ((Number) v).longValue()));
      case DOUBLE -> PgArrays.doubles(c, values(rows, name, v -> ((Number) v).doubleValue()));
      case BOOL -> PgArrays.bools(c, values(rows, name, v -> (Boolean) v));
      case TIMESTAMPTZ ->
          PgArrays.text(c, values(rows, name, v -> PgArrays.timestamp((Instant) v)));
    };
  }

  private static <T> List<T> values(
      List<AuditRow> rows, String column, Function<Object, T> convert) {
    List<T> out = new ArrayList<>(rows.size());
    for (AuditRow row : rows) {
      Object v = row.bindValue(column);
      out.add(v == null ? null : convert.apply(v));
    }
    return out;
  }

  private static String arrayType(ColumnType type) {
    return switch (type) {
      case TEXT, JSONB -> "text[]";
      case INT -> "int4[]";
      case BIGINT -> "int8[]";
      case DOUBLE -> "float8[]";
      case BOOL -> "bool[]";
      case TIMESTAMPTZ -> "timestamptz[]";
    };
  }
}
