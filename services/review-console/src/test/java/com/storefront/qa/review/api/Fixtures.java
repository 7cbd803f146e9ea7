package com.storefront.qa.review.api;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/** Review items written straight into the table, as the audit feed writes them. */
final class Fixtures {
  private Fixtures() {}

  static UUID heldItem(DataSource ds, String questionId, String shopId, String draft)
      throws SQLException {
    return insert(
        ds,
        "insert into review_items (question_id, shop_id, locale, reason, task_id, draft_reply,"
            + " question_masked, customer_revision, follow_up_due_at)"
            + " values (?, ?, 'ko-KR', 'HELD', ? || '#output', ?, '공휴일 표시되나요?', 1,"
            + " now() + interval '24 hours') returning item_id",
        questionId,
        shopId,
        questionId,
        draft);
  }

  static UUID followUpItem(DataSource ds, String questionId, String shopId) throws SQLException {
    return insert(
        ds,
        "insert into review_items (question_id, shop_id, locale, reason, customer_revision,"
            + " customer_text) values (?, ?, 'ko-KR', 'FOLLOW_UP', 1, '확인 후 답변드리겠습니다.')"
            + " returning item_id",
        questionId,
        shopId);
  }

  /** The audit's row for a question, as the audit writer stores it (masked text). */
  static void auditedQuestion(DataSource ds, String questionId, String shopId, String textMasked)
      throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "insert into questions (question_id, shop_id, product_name, locale, text_masked,"
                    + " asked_at, source_topic, source_partition, source_offset)"
                    + " values (?, ?, 'Fixture product', 'ko-KR', ?, now(), 'fixture', 0, 0)")) {
      ps.setString(1, questionId);
      ps.setString(2, shopId);
      ps.setString(3, textMasked);
      ps.executeUpdate();
    }
  }

  static long count(DataSource ds, String sql, Object... args) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setObject(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }

  private static UUID insert(DataSource ds, String sql, String... args) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        ps.setString(i + 1, args[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getObject(1, UUID.class);
      }
    }
  }
}
