package com.storefront.qa.local;

import com.storefront.qa.audit.AuditRow;
import com.storefront.qa.audit.AuditTable;
import com.storefront.qa.audit.RowListener;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The review feed as it was before it went set-based (commit e6df5bc): one statement per row in a
 * JDBC batch. Kept here as the reference {@link ReviewFeedSetBasedIT} holds the set-based {@code
 * ReviewFeed} to.
 */
final class RowByRowReviewFeed implements RowListener {
  /** Follow-up target when the shop policy names none. */
  static final int DEFAULT_FOLLOW_UP_HOURS = 24;

  private static final String TARGET_HOURS =
      "coalesce((select case when p.policy->>'followUpTargetHours' ~ '^[0-9]{1,5}$'"
          + " then (p.policy->>'followUpTargetHours')::int end from shop_policies p"
          + " where p.shop_id = ? and not p.deleted), "
          + DEFAULT_FOLLOW_UP_HOURS
          + ")";

  private static final String TASK =
      "insert into review_items (question_id, shop_id, product_id, locale, reason, task_id,"
          + " question_masked, draft_reply, stage, moderation_reasons, no_reply_sent, asked_at,"
          + " opened_at, customer_ref_hash, follow_up_due_at)"
          + " select ?, ?, ?, ?, 'HELD', ?, ?, ?, ?, ?::jsonb, ?, q.asked_at,"
          + " coalesce(q.asked_at, ?), q.customer_ref_hash,"
          + " coalesce(q.asked_at, ?) + make_interval(hours => "
          + TARGET_HOURS
          + ") from (select 1) one left join questions q on q.question_id = ?"
          + " on conflict (question_id) do update set reason = 'HELD',"
          + " task_id = excluded.task_id, question_masked = excluded.question_masked,"
          + " draft_reply = excluded.draft_reply, stage = excluded.stage,"
          + " moderation_reasons = excluded.moderation_reasons,"
          + " no_reply_sent = excluded.no_reply_sent and review_items.customer_revision = 0,"
          + " version = review_items.version + 1, updated_at = now()"
          + " where review_items.state = 'OPEN'"
          + " and review_items.task_id is distinct from excluded.task_id";

  private static final String AUTO_ANSWER =
      "insert into review_items (question_id, shop_id, product_id, locale, reason,"
          + " customer_revision, customer_text, asked_at, opened_at, customer_ref_hash,"
          + " follow_up_due_at)"
          + " select ?, ?, ?, ?, 'FOLLOW_UP', ?, ?, q.asked_at, coalesce(q.asked_at, ?),"
          + " q.customer_ref_hash, coalesce(q.asked_at, ?) + make_interval(hours => "
          + TARGET_HOURS
          + ") from (select 1) one left join questions q on q.question_id = ?"
          + " on conflict (question_id) do update set"
          + " customer_revision = excluded.customer_revision,"
          + " customer_text = excluded.customer_text, updated_at = now()"
          + " where review_items.customer_revision < excluded.customer_revision";

  private static final String STAFF_ANSWER =
      "update review_items set state = case when state = 'OPEN' then 'ANSWERED' else state end,"
          + " customer_revision = ?, customer_text = ?, claimed_by = null,"
          + " claim_expires_at = null, version = version + 1, updated_at = now()"
          + " where question_id = ? and customer_revision < ?";

  private static final String QUESTION =
      "update review_items set asked_at = ?, customer_ref_hash = ?,"
          + " follow_up_due_at = ? + (follow_up_due_at - opened_at), opened_at = ?"
          + " where question_id = ? and asked_at is null";

  @Override
  public void written(Connection c, List<AuditRow> rows) throws SQLException {
    try (PreparedStatement task = c.prepareStatement(TASK);
        PreparedStatement auto = c.prepareStatement(AUTO_ANSWER);
        PreparedStatement staff = c.prepareStatement(STAFF_ANSWER);
        PreparedStatement question = c.prepareStatement(QUESTION)) {
      boolean t = false;
      boolean a = false;
      boolean s = false;
      boolean q = false;
      for (AuditRow row : rows) {
        AuditTable table = row.table();
        if (table == AuditTable.REVIEW_TASKS && shop(row) != null) {
          bindTask(task, row);
          task.addBatch();
          t = true;
        } else if (table == AuditTable.ANSWERS && shop(row) != null) {
          if ("STAFF".equals(row.get("source"))) {
            bindStaff(staff, row);
            staff.addBatch();
            s = true;
          } else {
            bindAuto(auto, row);
            auto.addBatch();
            a = true;
          }
        } else if (table == AuditTable.QUESTIONS) {
          bindQuestion(question, row);
          question.addBatch();
          q = true;
        }
      }
      // Questions first, so an item made in this batch already sees when it was asked.
      if (q) {
        question.executeBatch();
      }
      if (t) {
        task.executeBatch();
      }
      if (a) {
        auto.executeBatch();
      }
      if (s) {
        staff.executeBatch();
      }
    }
  }

  private static String shop(AuditRow row) {
    return (String) row.get("shop_id");
  }

  private static void bindTask(PreparedStatement ps, AuditRow row) throws SQLException {
    int i = 1;
    ps.setString(i++, (String) row.get("question_id"));
    ps.setString(i++, shop(row));
    ps.setString(i++, (String) row.get("product_id"));
    ps.setString(i++, (String) row.get("locale"));
    ps.setString(i++, (String) row.get("task_id"));
    ps.setString(i++, (String) row.get("question_masked"));
    ps.setString(i++, (String) row.get("draft_reply"));
    ps.setString(i++, (String) row.get("stage"));
    ps.setString(i++, String.valueOf(row.get("reasons")));
    ps.setBoolean(i++, row.get("fallback_answer_id") == null);
    Instant created = (Instant) row.get("created_at");
    time(ps, i++, created);
    time(ps, i++, created);
    ps.setString(i++, shop(row));
    ps.setString(i, (String) row.get("question_id"));
  }

  private static void bindAuto(PreparedStatement ps, AuditRow row) throws SQLException {
    int i = 1;
    ps.setString(i++, (String) row.get("question_id"));
    ps.setString(i++, shop(row));
    ps.setString(i++, (String) row.get("product_id"));
    ps.setString(i++, (String) row.get("locale"));
    ps.setInt(i++, ((Number) row.get("revision")).intValue());
    ps.setString(i++, (String) row.get("text"));
    Instant at = (Instant) row.get("answered_at");
    time(ps, i++, at);
    time(ps, i++, at);
    ps.setString(i++, shop(row));
    ps.setString(i, (String) row.get("question_id"));
  }

  private static void bindStaff(PreparedStatement ps, AuditRow row) throws SQLException {
    int revision = ((Number) row.get("revision")).intValue();
    ps.setInt(1, revision);
    ps.setString(2, (String) row.get("text"));
    ps.setString(3, (String) row.get("question_id"));
    ps.setInt(4, revision);
  }

  private static void bindQuestion(PreparedStatement ps, AuditRow row) throws SQLException {
    Instant asked = (Instant) row.get("asked_at");
    time(ps, 1, asked);
    ps.setString(2, (String) row.get("customer_ref_hash"));
    time(ps, 3, asked);
    time(ps, 4, asked);
    ps.setString(5, (String) row.get("question_id"));
  }

  private static void time(PreparedStatement ps, int i, Instant t) throws SQLException {
    if (t == null) {
      ps.setObject(i, OffsetDateTime.now(ZoneOffset.UTC));
    } else {
      ps.setObject(i, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
    }
  }
}
