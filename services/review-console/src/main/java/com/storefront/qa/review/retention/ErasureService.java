package com.storefront.qa.review.retention;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Erases one customer's data, found by the keyed hash of their reference ({@code
 * customer_ref_hash}): every audit row and review row of their questions, in one transaction, and
 * records the erasure in {@code erasure_log} (the hash, who asked, how much went). Kafka keeps its
 * copy until each topic's retention ends.
 */
public final class ErasureService {
  /** What one erasure removed. */
  public record Erasure(String customerRefHash, int questions, long rowsDeleted) {}

  private static final List<String> BY_QUESTION =
      List.of(
          "generation_requests",
          "generation_results",
          "moderation_verdicts",
          "answers",
          "review_tasks",
          "review_decisions",
          "staff_actions",
          "decisions",
          "labelled_cases",
          "review_items",
          "questions");

  private final DataSource dataSource;

  public ErasureService(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Erases everything of the customer with this hash; {@code actor} is recorded. */
  public Erasure erase(String customerRefHash, String actor) {
    if (customerRefHash == null || customerRefHash.isBlank()) {
      throw new IllegalArgumentException("customerRefHash is required");
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<String> ids = questionIds(c, customerRefHash);
        long rows = 0;
        Array idArray = c.createArrayOf("text", ids.toArray());
        for (String table : BY_QUESTION) {
          try (PreparedStatement ps =
              c.prepareStatement("delete from " + table + " where question_id = any(?)")) {
            ps.setArray(1, idArray);
            rows += ps.executeUpdate();
          }
        }
        try (PreparedStatement ps =
            c.prepareStatement("delete from decision_outbox where record_key = any(?)")) {
          ps.setArray(1, idArray);
          rows += ps.executeUpdate();
        }
        try (PreparedStatement ps =
            c.prepareStatement(
                "insert into erasure_log (customer_ref_hash, requested_by, questions,"
                    + " rows_deleted) values (?, ?, ?, ?)")) {
          ps.setString(1, customerRefHash);
          ps.setString(2, actor);
          ps.setInt(3, ids.size());
          ps.setLong(4, rows);
          ps.executeUpdate();
        }
        c.commit();
        return new Erasure(customerRefHash, ids.size(), rows);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("erasure failed: " + e.getMessage(), e);
    }
  }

  private static List<String> questionIds(Connection c, String hash) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select question_id from questions where customer_ref_hash = ?"
                + " union select question_id from review_items where customer_ref_hash = ?")) {
      ps.setString(1, hash);
      ps.setString(2, hash);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          ids.add(rs.getString(1));
        }
      }
    }
    return ids;
  }
}
