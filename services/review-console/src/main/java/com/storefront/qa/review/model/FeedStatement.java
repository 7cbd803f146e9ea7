package com.storefront.qa.review.model;

import com.storefront.qa.audit.AuditRow;
import com.storefront.qa.audit.PgArrays;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One of {@link ReviewFeed}'s set-based statements: its SQL takes one array per column ({@link
 * FeedColumns}), the first being the question id. PostgreSQL refuses an upsert that touches a row
 * twice in one statement, and row by row a later row of the same question sees what the earlier one
 * did; so a batch is split into rounds, round n holding each question's n-th row, executed in
 * order. A batch without repeats is one statement.
 */
final class FeedStatement {
  private final String sql;
  private final FeedColumns columns;

  FeedStatement(String sql, FeedColumns columns) {
    this.sql = sql;
    this.columns = columns;
  }

  Batch batch() {
    return new Batch();
  }

  /** The rows of one batch for this statement, in rounds. */
  final class Batch {
    private final List<List<AuditRow>> rounds = new ArrayList<>();
    private final Map<String, Integer> seen = new HashMap<>();

    void add(AuditRow row) {
      int round = seen.merge((String) row.get("question_id"), 1, Integer::sum) - 1;
      if (round == rounds.size()) {
        rounds.add(new ArrayList<>());
      }
      rounds.get(round).add(row);
    }

    void execute(Connection c) throws SQLException {
      if (rounds.isEmpty()) {
        return;
      }
      try (PreparedStatement ps = c.prepareStatement(sql)) {
        for (List<AuditRow> round : rounds) {
          for (int i = 0; i < columns.count(); i++) {
            ps.setArray(i + 1, array(c, i, round));
          }
          ps.executeUpdate();
        }
      }
    }

    private Array array(Connection c, int column, List<AuditRow> round) throws SQLException {
      List<Object> values = new ArrayList<>(round.size());
      for (AuditRow row : round) {
        values.add(columns.value(column, row));
      }
      return switch (columns.type(column)) {
        case TEXT -> PgArrays.text(c, cast(values));
        case INT -> PgArrays.ints(c, cast(values));
        case BOOL -> PgArrays.bools(c, cast(values));
        case TIME -> PgArrays.text(c, times(values));
      };
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> List<T> cast(List<Object> values) {
    return (List<T>) (List<?>) values;
  }

  private static List<String> times(List<Object> values) {
    List<String> out = new ArrayList<>(values.size());
    for (Object v : values) {
      // A row without a time gets the time it is fed, as the row-by-row statements did.
      out.add(PgArrays.timestamp(v == null ? Instant.now() : (Instant) v));
    }
    return out;
  }
}
