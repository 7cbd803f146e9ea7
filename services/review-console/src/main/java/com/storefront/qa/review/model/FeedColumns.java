package com.storefront.qa.review.model;

import com.storefront.qa.audit.AuditRow;
import java.util.List;
import java.util.function.Function;

/**
 * The array parameters of each {@link ReviewFeed} statement, in order, and where each value comes
 * from in the audit row. The first is always the question id ({@link FeedStatement}'s rounds).
 */
enum FeedColumns {
  TASK(
      text("question_id"),
      text("shop_id"),
      text("product_id"),
      text("locale"),
      text("task_id"),
      text("question_masked"),
      text("draft_reply"),
      text("stage"),
      new Column(Type.TEXT, r -> String.valueOf(r.get("reasons"))),
      new Column(Type.BOOL, r -> r.get("fallback_answer_id") == null),
      time("created_at")),
  AUTO_ANSWER(
      text("question_id"),
      text("shop_id"),
      text("product_id"),
      text("locale"),
      revision(),
      text("text"),
      time("answered_at")),
  STAFF_ANSWER(text("question_id"), revision(), text("text")),
  QUESTION(text("question_id"), time("asked_at"), text("customer_ref_hash"));

  /** How a column travels: a text, int4 or bool array, or timestamps as text. */
  enum Type {
    TEXT,
    INT,
    BOOL,
    TIME
  }

  record Column(Type type, Function<AuditRow, Object> value) {}

  private final List<Column> columns;

  FeedColumns(Column... columns) {
    this.columns = List.of(columns);
  }

  int count() {
    return columns.size();
  }

  Type type(int i) {
    return columns.get(i).type();
  }

  Object value(int i, AuditRow row) {
    return columns.get(i).value().apply(row);
  }

  private static Column text(String name) {
    return new Column(Type.TEXT, r -> r.get(name));
  }

  private static Column time(String name) {
    return new Column(Type.TIME, r -> r.get(name));
  }

  private static Column revision() {
    return new Column(Type.INT, r -> ((Number) r.get("revision")).intValue());
  }
}
