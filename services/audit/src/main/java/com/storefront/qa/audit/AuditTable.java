package com.storefront.qa.audit;

import static com.storefront.qa.audit.ColumnType.BIGINT;
import static com.storefront.qa.audit.ColumnType.BOOL;
import static com.storefront.qa.audit.ColumnType.DOUBLE;
import static com.storefront.qa.audit.ColumnType.INT;
import static com.storefront.qa.audit.ColumnType.JSONB;
import static com.storefront.qa.audit.ColumnType.TEXT;
import static com.storefront.qa.audit.ColumnType.TIMESTAMPTZ;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The audit tables the writer fills (created by the Flyway migrations in {@code db/migration}),
 * with their columns in insert order, their conflict key and how a conflict is resolved.
 */
public enum AuditTable {
  QUESTIONS(
      "questions",
      List.of("question_id"),
      Conflict.KEEP_FIRST,
      col("question_id", TEXT),
      col("shop_id", TEXT),
      col("product_id", TEXT),
      col("product_name", TEXT),
      col("locale", TEXT),
      col("text_masked", TEXT),
      col("asked_at", TIMESTAMPTZ),
      col("customer_ref_hash", TEXT)),
  DLQ_RECORDS(
      "dlq_records",
      List.of("topic", "kafka_partition", "kafka_offset"),
      Conflict.KEEP_FIRST,
      col("topic", TEXT),
      col("kafka_partition", INT),
      col("kafka_offset", BIGINT),
      col("reason", TEXT),
      col("detail", TEXT),
      col("dlq_source_topic", TEXT),
      col("dlq_source_partition", INT),
      col("dlq_source_offset", BIGINT),
      col("rejected_at", TIMESTAMPTZ),
      col("record_key", TEXT),
      col("value_masked", TEXT),
      col("value_bytes", INT)),
  GENERATION_REQUESTS(
      "generation_requests",
      List.of("request_id"),
      Conflict.KEEP_FIRST,
      col("request_id", TEXT),
      col("question_id", TEXT),
      col("shop_id", TEXT),
      col("product_id", TEXT),
      col("product_name", TEXT),
      col("locale", TEXT),
      col("system_prompt", TEXT),
      col("user_message", TEXT),
      col("params", JSONB),
      col("seed", BIGINT),
      col("requested_at", TIMESTAMPTZ),
      col("deadline", TIMESTAMPTZ)),
  GENERATION_RESULTS(
      "generation_results",
      List.of("request_id"),
      Conflict.KEEP_FIRST,
      col("request_id", TEXT),
      col("question_id", TEXT),
      col("shop_id", TEXT),
      col("status", TEXT),
      col("text", TEXT),
      col("finish_reason", TEXT),
      col("model", TEXT),
      col("model_revision", TEXT),
      col("params", JSONB),
      col("seed", BIGINT),
      col("prompt_tokens", INT),
      col("completion_tokens", INT),
      col("latency_ms", BIGINT),
      col("mean_log_prob", DOUBLE),
      col("error", TEXT),
      col("worker_id", TEXT),
      col("completed_at", TIMESTAMPTZ),
      col("backend", TEXT),
      col("prompt_template_version", TEXT),
      col("fallback_reason", TEXT)),
  MODERATION_VERDICTS(
      "moderation_verdicts",
      List.of("verdict_id"),
      Conflict.KEEP_FIRST,
      col("verdict_id", TEXT),
      col("question_id", TEXT),
      col("shop_id", TEXT),
      col("stage", TEXT),
      col("verdict", TEXT),
      col("reasons", JSONB),
      col("checked_text", TEXT),
      col("decided_at", TIMESTAMPTZ)),
  ANSWERS(
      "answers",
      List.of("answer_id"),
      Conflict.KEEP_FIRST,
      col("answer_id", TEXT),
      col("question_id", TEXT),
      col("shop_id", TEXT),
      col("product_id", TEXT),
      col("revision", INT),
      col("text", TEXT),
      col("locale", TEXT),
      col("source", TEXT),
      col("answered_at", TIMESTAMPTZ),
      col("reviewer", TEXT)),
  REVIEW_TASKS(
      "review_tasks",
      List.of("task_id"),
      Conflict.KEEP_FIRST,
      col("task_id", TEXT),
      col("question_id", TEXT),
      col("shop_id", TEXT),
      col("product_id", TEXT),
      col("locale", TEXT),
      col("question_masked", TEXT),
      col("draft_reply", TEXT),
      col("stage", TEXT),
      col("verdict", TEXT),
      col("reasons", JSONB),
      col("fallback_answer_id", TEXT),
      col("created_at", TIMESTAMPTZ)),
  REVIEW_DECISIONS(
      "review_decisions",
      List.of("decision_id"),
      Conflict.KEEP_FIRST,
      col("decision_id", TEXT),
      col("task_id", TEXT),
      col("question_id", TEXT),
      col("shop_id", TEXT),
      col("action", TEXT),
      col("text", TEXT),
      col("reviewer", TEXT),
      col("decided_at", TIMESTAMPTZ)),
  SHOP_POLICIES(
      "shop_policies",
      List.of("shop_id"),
      Conflict.LATEST_OFFSET_WINS,
      col("shop_id", TEXT),
      col("policy", JSONB),
      col("deleted", BOOL)),
  AUDIT_REJECTS(
      "audit_rejects",
      List.of("topic", "kafka_partition", "kafka_offset"),
      Conflict.KEEP_FIRST,
      col("topic", TEXT),
      col("kafka_partition", INT),
      col("kafka_offset", BIGINT),
      col("error", TEXT),
      col("record_key", TEXT),
      col("payload_masked", TEXT),
      col("payload_bytes", INT));

  /** What an insert does when a row with the same key exists. */
  public enum Conflict {
    /** {@code ON CONFLICT DO NOTHING}: an event is immutable, its first row is the row. */
    KEEP_FIRST,
    /**
     * {@code ON CONFLICT DO UPDATE} when the incoming record is later in the log than the stored
     * one, so the latest record wins and a replay never moves a row backwards.
     */
    LATEST_OFFSET_WINS
  }

  /** One column. */
  public record Column(String name, ColumnType type) {}

  private final String tableName;
  private final List<String> key;
  private final Conflict conflict;
  private final List<Column> columns;
  private final Map<String, Column> byName;

  AuditTable(String tableName, List<String> key, Conflict conflict, Column... own) {
    this.tableName = tableName;
    this.key = key;
    this.conflict = conflict;
    List<Column> all = new ArrayList<>(Arrays.asList(own));
    if (!key.contains("kafka_offset")) {
      // Coordinates every event table carries (the DLQ and reject tables have them as their key).
      all.add(col("source_topic", TEXT));
      all.add(col("source_partition", INT));
      all.add(col("source_offset", BIGINT));
    }
    this.columns = List.copyOf(all);
    Map<String, Column> map = new LinkedHashMap<>();
    for (Column c : columns) {
      map.put(c.name(), c);
    }
    this.byName = Map.copyOf(map);
  }

  private static Column col(String name, ColumnType type) {
    return new Column(name, type);
  }

  public String tableName() {
    return tableName;
  }

  public List<String> key() {
    return key;
  }

  /** What an insert does when the key exists. */
  public Conflict conflict() {
    return conflict;
  }

  public List<Column> columns() {
    return columns;
  }

  public boolean hasColumn(String name) {
    return byName.containsKey(name);
  }

  public Column column(String name) {
    Column c = byName.get(name);
    if (c == null) {
      throw new IllegalArgumentException(tableName + " has no column " + name);
    }
    return c;
  }

  /** Whether rows carry source_topic/source_partition/source_offset columns. */
  public boolean hasSourceColumns() {
    return hasColumn("source_offset");
  }

  /** The idempotent insert statement for this table. */
  public String insertSql() {
    String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
    String params =
        columns.stream()
            .map(c -> c.type() == JSONB ? "?::jsonb" : "?")
            .collect(Collectors.joining(", "));
    String sql =
        "INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (%s) "
            .formatted(tableName, names, params, String.join(", ", key));
    if (conflict == Conflict.KEEP_FIRST) {
      return sql + "DO NOTHING";
    }
    String updates =
        columns.stream()
            .filter(c -> !key.contains(c.name()))
            .map(c -> c.name() + " = excluded." + c.name())
            .collect(Collectors.joining(", "));
    return sql
        + "DO UPDATE SET "
        + updates
        + ", recorded_at = now() WHERE "
        + tableName
        + ".source_partition <> excluded.source_partition OR "
        + tableName
        + ".source_offset < excluded.source_offset";
  }
}
