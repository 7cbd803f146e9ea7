package com.storefront.qa.audit;

import static com.storefront.qa.audit.StoredText.clean;
import static com.storefront.qa.audit.StoredText.firstLine;
import static com.storefront.qa.audit.StoredText.jsonb;
import static com.storefront.qa.audit.StoredText.truncate;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.ShopPolicy;
import com.storefront.qa.contracts.validation.ParseOutcome;
import com.storefront.qa.contracts.validation.QuestionParser;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * Turns one Kafka record into one {@link AuditRow}. It never throws: a record it cannot interpret
 * becomes an {@link AuditTable#AUDIT_REJECTS} row naming the error, so a poison record never blocks
 * a partition.
 *
 * <p>Personal data: the question text, review-task question copies, generation user messages, DLQ
 * values and keys and reject payloads pass through the {@link Masker} before they are stored; the
 * raw bytes stay in Kafka. A question's {@code customerRef} is stored only as its keyed hash
 * ({@link CustomerRefHasher}), and every {@code "customerRef"} member in a stored DLQ value or
 * reject payload is replaced by that hash too. NUL characters (which PostgreSQL text and jsonb
 * cannot hold) become U+FFFD.
 */
public final class RecordMapper {
  /** Longest free text stored for a DLQ value or a reject payload, in characters. */
  public static final int MAX_STORED_PAYLOAD_CHARS = 64 * 1024;

  /** Longest stored record key or header value, in characters. */
  public static final int MAX_STORED_KEY_CHARS = 1024;

  private static final int MAX_ERROR_CHARS = 2000;

  private final Masker masker;
  private final CustomerRefHasher customerRefs;
  private final CustomerRefScrubber scrubber;

  /**
   * A mapper that masks free text and stores customer references as keyed hashes.
   *
   * @param masker masks personal data in stored free text
   * @param customerRefs hashes customer references (see {@code qa.audit.customer-ref-key})
   */
  public RecordMapper(Masker masker, CustomerRefHasher customerRefs) {
    this.masker = Objects.requireNonNull(masker, "masker");
    this.customerRefs = Objects.requireNonNull(customerRefs, "customerRefs");
    this.scrubber = new CustomerRefScrubber(customerRefs);
  }

  /** The row for a record; never null, never throws. */
  public AuditRow map(ConsumerRecord<byte[], byte[]> record) {
    try {
      return mapOrThrow(record);
    } catch (RejectException e) {
      return reject(record, e.getMessage());
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      return reject(record, e.getMessage() + ": " + firstLine(cause.getMessage()));
    } catch (RuntimeException e) {
      return reject(record, e.getClass().getSimpleName() + ": " + firstLine(e.getMessage()));
    }
  }

  private AuditRow mapOrThrow(ConsumerRecord<byte[], byte[]> r) {
    String topic = r.topic();
    if (topic.equals(Topics.QUESTIONS)) {
      return question(r);
    }
    if (topic.equals(Topics.QUESTIONS_DLQ)) {
      return dlq(r);
    }
    if (topic.equals(Topics.SHOP_POLICIES)) {
      return policy(r);
    }
    if (r.value() == null || r.value().length == 0) {
      throw new RejectException("empty value (tombstone) on a topic that carries only events");
    }
    return switch (topic) {
      case Topics.ANSWERS -> answer(r, Json.fromBytes(r.value(), AnswerEvent.class));
      case Topics.GENERATION_REQUESTS ->
          GenerationRows.request(
              r, Json.fromBytes(r.value(), GenerationRequest.class), this::maskText);
      case Topics.GENERATION_RESULTS ->
          GenerationRows.result(r, Json.fromBytes(r.value(), GenerationResult.class));
      case Topics.MODERATION -> verdict(r, Json.fromBytes(r.value(), ModerationVerdict.class));
      case Topics.REVIEW_TASKS -> reviewTask(r, Json.fromBytes(r.value(), ReviewTask.class));
      case Topics.REVIEW_DECISIONS ->
          reviewDecision(r, Json.fromBytes(r.value(), ReviewDecision.class));
      default -> throw new RejectException("no audit mapping for topic " + topic);
    };
  }

  private AuditRow question(ConsumerRecord<byte[], byte[]> r) {
    ParseOutcome outcome = QuestionParser.parse(r.key(), r.value());
    if (outcome instanceof ParseOutcome.Invalid invalid) {
      // The orchestrator routes it to the DLQ too; this row makes the audit complete on its own.
      throw new RejectException("invalid question (" + invalid.reason() + "): " + invalid.detail());
    }
    QuestionEvent q = ((ParseOutcome.Valid) outcome).question();
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("question_id", clean(q.questionId()));
    v.put("shop_id", clean(q.shopId()));
    v.put("product_id", clean(q.productId()));
    v.put("product_name", clean(q.productName()));
    v.put("locale", clean(q.locale()));
    v.put("text_masked", maskText(q.text()));
    v.put("asked_at", q.askedAt());
    v.put("customer_ref_hash", customerRefs.hash(q.customerRef()));
    return row(AuditTable.QUESTIONS, v, r);
  }

  private AuditRow dlq(ConsumerRecord<byte[], byte[]> r) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("topic", r.topic());
    v.put("kafka_partition", r.partition());
    v.put("kafka_offset", r.offset());
    v.put("reason", DlqHeaderValues.text(r, DlqHeaders.REASON));
    v.put("detail", maskText(DlqHeaderValues.text(r, DlqHeaders.DETAIL)));
    v.put("dlq_source_topic", DlqHeaderValues.text(r, DlqHeaders.SOURCE_TOPIC));
    v.put("dlq_source_partition", DlqHeaderValues.intOf(r, DlqHeaders.SOURCE_PARTITION));
    v.put("dlq_source_offset", DlqHeaderValues.longOf(r, DlqHeaders.SOURCE_OFFSET));
    v.put("rejected_at", DlqHeaderValues.instantOf(r, DlqHeaders.REJECTED_AT));
    v.put("record_key", maskedBytes(r.key(), MAX_STORED_KEY_CHARS));
    v.put("value_masked", maskedBytes(r.value(), MAX_STORED_PAYLOAD_CHARS));
    v.put("value_bytes", r.value() == null ? 0 : r.value().length);
    return row(AuditTable.DLQ_RECORDS, v, r);
  }

  private AuditRow policy(ConsumerRecord<byte[], byte[]> r) {
    String keyShop = r.key() == null ? null : clean(new String(r.key(), StandardCharsets.UTF_8));
    Map<String, Object> v = new LinkedHashMap<>();
    if (r.value() == null || r.value().length == 0) {
      require(keyShop, "record key (shopId) of a policy tombstone");
      v.put("shop_id", keyShop);
      v.put("policy", null);
      v.put("deleted", true);
      return row(AuditTable.SHOP_POLICIES, v, r);
    }
    ShopPolicy policy = Json.fromBytes(r.value(), ShopPolicy.class);
    String shopId = policy.shopId() != null ? clean(policy.shopId()) : keyShop;
    require(shopId, "shopId");
    v.put("shop_id", shopId);
    v.put("policy", jsonb(policy));
    v.put("deleted", false);
    return row(AuditTable.SHOP_POLICIES, v, r);
  }

  private AuditRow answer(ConsumerRecord<byte[], byte[]> r, AnswerEvent a) {
    require(a.answerId(), "answerId");
    require(a.questionId(), "questionId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("answer_id", clean(a.answerId()));
    v.put("question_id", clean(a.questionId()));
    v.put("shop_id", clean(a.shopId()));
    v.put("product_id", clean(a.productId()));
    v.put("revision", a.revision());
    v.put("text", clean(a.text()));
    v.put("locale", clean(a.locale()));
    v.put("source", a.source() == null ? null : a.source().name());
    v.put("answered_at", a.answeredAt());
    v.put("reviewer", clean(a.reviewer()));
    return row(AuditTable.ANSWERS, v, r);
  }

  private AuditRow verdict(ConsumerRecord<byte[], byte[]> r, ModerationVerdict m) {
    require(m.verdictId(), "verdictId");
    require(m.questionId(), "questionId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("verdict_id", clean(m.verdictId()));
    v.put("question_id", clean(m.questionId()));
    v.put("shop_id", clean(m.shopId()));
    v.put("stage", m.stage() == null ? null : m.stage().name());
    v.put("verdict", m.verdict() == null ? null : m.verdict().name());
    v.put("reasons", m.reasons() == null ? "[]" : jsonb(m.reasons()));
    v.put("checked_text", clean(m.checkedText()));
    v.put("decided_at", m.decidedAt());
    return row(AuditTable.MODERATION_VERDICTS, v, r);
  }

  private AuditRow reviewTask(ConsumerRecord<byte[], byte[]> r, ReviewTask t) {
    require(t.taskId(), "taskId");
    require(t.questionId(), "questionId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("task_id", clean(t.taskId()));
    v.put("question_id", clean(t.questionId()));
    v.put("shop_id", clean(t.shopId()));
    v.put("product_id", clean(t.productId()));
    v.put("locale", clean(t.locale()));
    v.put("question_masked", maskText(t.question()));
    v.put("draft_reply", clean(t.draftReply()));
    v.put("stage", t.stage() == null ? null : t.stage().name());
    v.put("verdict", t.verdict() == null ? null : t.verdict().name());
    v.put("reasons", t.reasons() == null ? "[]" : jsonb(t.reasons()));
    v.put("fallback_answer_id", clean(t.fallbackAnswerId()));
    v.put("created_at", t.createdAt());
    return row(AuditTable.REVIEW_TASKS, v, r);
  }

  private AuditRow reviewDecision(ConsumerRecord<byte[], byte[]> r, ReviewDecision d) {
    require(d.decisionId(), "decisionId");
    require(d.questionId(), "questionId");
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("decision_id", clean(d.decisionId()));
    v.put("task_id", clean(d.taskId()));
    v.put("question_id", clean(d.questionId()));
    v.put("shop_id", clean(d.shopId()));
    v.put("action", d.action() == null ? null : d.action().name());
    v.put("text", clean(d.text()));
    v.put("reviewer", clean(d.reviewer()));
    v.put("decided_at", d.decidedAt());
    return row(AuditTable.REVIEW_DECISIONS, v, r);
  }

  /** The reject row for a record that cannot be interpreted. */
  public AuditRow reject(ConsumerRecord<byte[], byte[]> r, String error) {
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("topic", r.topic());
    v.put("kafka_partition", r.partition());
    v.put("kafka_offset", r.offset());
    String why = error == null ? "unknown error" : error;
    try {
      v.put("error", truncate(maskText(why), MAX_ERROR_CHARS));
      v.put("record_key", maskedBytes(r.key(), MAX_STORED_KEY_CHARS));
      v.put("payload_masked", maskedBytes(r.value(), MAX_STORED_PAYLOAD_CHARS));
    } catch (RuntimeException e) {
      // The masker itself failed: store no free text at all rather than unmasked text.
      v.put("error", "masking failed (" + e.getClass().getSimpleName() + "); payload not stored");
      v.put("record_key", null);
      v.put("payload_masked", null);
    }
    v.put("payload_bytes", r.value() == null ? 0 : r.value().length);
    return row(AuditTable.AUDIT_REJECTS, v, r);
  }

  static AuditRow row(AuditTable table, Map<String, Object> v, ConsumerRecord<?, ?> r) {
    return new AuditRow(table, v, r.topic(), r.partition(), r.offset());
  }

  private String maskText(String text) {
    if (text == null) {
      return null;
    }
    return clean(masker.mask(clean(text)));
  }

  private String maskedBytes(byte[] bytes, int maxChars) {
    if (bytes == null) {
      return null;
    }
    // Lenient decoding: malformed UTF-8 becomes U+FFFD rather than an error. References are
    // hashed before masking, which could otherwise alter them (an e-mail address as a ref).
    String text = scrubber.scrub(new String(bytes, StandardCharsets.UTF_8));
    return truncate(maskText(text), maxChars);
  }

  static void require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new RejectException(field + ": required");
    }
  }

  /** A record the audit cannot turn into its table's row. */
  static final class RejectException extends RuntimeException {
    RejectException(String message) {
      super(message, null, false, false);
    }
  }
}
