package com.storefront.qa.review.model;

import com.storefront.qa.audit.AuditRow;
import com.storefront.qa.audit.AuditTable;
import com.storefront.qa.audit.RowListener;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Derives review items from the audit rows, inside the audit writer's transaction ({@link
 * RowListener}): a review task makes (or turns) its question's item into a held draft; a model
 * reply or acknowledgement (revision 1, MODEL or FALLBACK) opens a follow-up item, since it
 * promised the customer the real answer; a STAFF revision answers the item; a question row adds
 * when it was asked and the customer's hashed reference. Topics arrive in any order, so each
 * statement is an idempotent upsert that fills what it knows and keeps what it does not.
 *
 * <p>Set-based: each kind of row is one statement over arrays ({@code unnest}) per batch, not one
 * statement per row; {@link FeedStatement} keeps the row-by-row outcome when a batch holds the same
 * question more than once.
 */
public final class ReviewFeed implements RowListener {
  /** Follow-up target when the shop policy names none. */
  public static final int DEFAULT_FOLLOW_UP_HOURS = 24;

  private static final String TARGET_HOURS =
      "coalesce((select case when p.policy->>'followUpTargetHours' ~ '^[0-9]{1,5}$'"
          + " then (p.policy->>'followUpTargetHours')::int end from shop_policies p"
          + " where p.shop_id = u.shop and not p.deleted), "
          + DEFAULT_FOLLOW_UP_HOURS
          + ")";

  private static final FeedStatement TASK =
      new FeedStatement(
          "insert into review_items (question_id, shop_id, product_id, locale, reason, task_id,"
              + " question_masked, draft_reply, stage, moderation_reasons, no_reply_sent, asked_at,"
              + " opened_at, customer_ref_hash, follow_up_due_at)"
              + " select u.qid, u.shop, u.product, u.locale, 'HELD', u.task, u.masked, u.draft,"
              + " u.stage, u.reasons::jsonb, u.no_reply, q.asked_at, coalesce(q.asked_at, u.at),"
              + " q.customer_ref_hash, coalesce(q.asked_at, u.at) + make_interval(hours => "
              + TARGET_HOURS
              + ") from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],"
              + " ?::text[], ?::text[], ?::text[], ?::bool[], ?::timestamptz[])"
              + " as u(qid, shop, product, locale, task, masked, draft, stage, reasons, no_reply,"
              + " at) left join questions q on q.question_id = u.qid"
              + " on conflict (question_id) do update set reason = 'HELD',"
              + " task_id = excluded.task_id, question_masked = excluded.question_masked,"
              + " draft_reply = excluded.draft_reply, stage = excluded.stage,"
              + " moderation_reasons = excluded.moderation_reasons,"
              + " no_reply_sent = excluded.no_reply_sent and review_items.customer_revision = 0,"
              + " version = review_items.version + 1, updated_at = now()"
              + " where review_items.state = 'OPEN'"
              + " and review_items.task_id is distinct from excluded.task_id",
          FeedColumns.TASK);

  private static final FeedStatement AUTO_ANSWER =
      new FeedStatement(
          "insert into review_items (question_id, shop_id, product_id, locale, reason,"
              + " customer_revision, customer_text, asked_at, opened_at, customer_ref_hash,"
              + " follow_up_due_at)"
              + " select u.qid, u.shop, u.product, u.locale, 'FOLLOW_UP', u.revision, u.text,"
              + " q.asked_at, coalesce(q.asked_at, u.at), q.customer_ref_hash,"
              + " coalesce(q.asked_at, u.at) + make_interval(hours => "
              + TARGET_HOURS
              + ") from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::int4[], ?::text[],"
              + " ?::timestamptz[]) as u(qid, shop, product, locale, revision, text, at)"
              + " left join questions q on q.question_id = u.qid"
              + " on conflict (question_id) do update set"
              + " customer_revision = excluded.customer_revision,"
              + " customer_text = excluded.customer_text, updated_at = now()"
              + " where review_items.customer_revision < excluded.customer_revision",
          FeedColumns.AUTO_ANSWER);

  private static final FeedStatement STAFF_ANSWER =
      new FeedStatement(
          "update review_items r set"
              + " state = case when r.state = 'OPEN' then 'ANSWERED' else r.state end,"
              + " customer_revision = u.revision, customer_text = u.text, claimed_by = null,"
              + " claim_expires_at = null, version = r.version + 1, updated_at = now()"
              + " from unnest(?::text[], ?::int4[], ?::text[]) as u(qid, revision, text)"
              + " where r.question_id = u.qid and r.customer_revision < u.revision",
          FeedColumns.STAFF_ANSWER);

  private static final FeedStatement QUESTION =
      new FeedStatement(
          "update review_items r set asked_at = u.asked, customer_ref_hash = u.ref_hash,"
              + " follow_up_due_at = u.asked + (r.follow_up_due_at - r.opened_at),"
              + " opened_at = u.asked"
              + " from unnest(?::text[], ?::timestamptz[], ?::text[]) as u(qid, asked, ref_hash)"
              + " where r.question_id = u.qid and r.asked_at is null",
          FeedColumns.QUESTION);

  @Override
  public void written(Connection c, List<AuditRow> rows) throws SQLException {
    FeedStatement.Batch tasks = TASK.batch();
    FeedStatement.Batch autos = AUTO_ANSWER.batch();
    FeedStatement.Batch staff = STAFF_ANSWER.batch();
    FeedStatement.Batch questions = QUESTION.batch();
    for (AuditRow row : rows) {
      AuditTable table = row.table();
      if (table == AuditTable.REVIEW_TASKS && row.get("shop_id") != null) {
        tasks.add(row);
      } else if (table == AuditTable.ANSWERS && row.get("shop_id") != null) {
        if ("STAFF".equals(row.get("source"))) {
          staff.add(row);
        } else {
          autos.add(row);
        }
      } else if (table == AuditTable.QUESTIONS) {
        questions.add(row);
      }
    }
    // Questions first, so an item made in this batch already sees when it was asked.
    questions.execute(c);
    tasks.execute(c);
    autos.execute(c);
    staff.execute(c);
  }
}
