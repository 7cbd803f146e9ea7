package com.storefront.qa.audit;

import static com.storefront.qa.audit.Records.record;
import static com.storefront.qa.audit.Records.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.pii.PiiMasker;
import java.time.Instant;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

class RecordMapperTest {
  private final RecordMapper mapper = new RecordMapper(PiiMasker::mask, TestKeys.hasher());

  @Test
  void questionRowHoldsMaskedTextAndSourceCoordinates() {
    AuditRow row =
        mapper.map(record(Topics.QUESTIONS, 2, 17, "q-1", Json.toBytes(Events.question("q-1"))));

    assertThat(row.table()).isEqualTo(AuditTable.QUESTIONS);
    assertThat(row.get("question_id")).isEqualTo("q-1");
    assertThat(row.get("shop_id")).isEqualTo("hanbit-market");
    assertThat(row.get("product_id")).isEqualTo("p-42");
    assertThat(row.get("locale")).isEqualTo("ko-KR");
    assertThat(row.get("asked_at")).isEqualTo(Events.T0);
    assertThat(row.get("customer_ref_hash")).isEqualTo(TestKeys.hasher().hash("cust-q-1"));
    assertThat((String) row.get("text_masked"))
        .startsWith("이 다이어리에 공휴일이 표시되나요?")
        .doesNotContain(Events.PHONE)
        .doesNotContain("1234")
        .doesNotContain("5678");
    assertThat(row.bindValue("source_topic")).isEqualTo(Topics.QUESTIONS);
    assertThat(row.bindValue("source_partition")).isEqualTo(2);
    assertThat(row.bindValue("source_offset")).isEqualTo(17L);
    // Nothing in the row, anywhere, carries the raw phone number or customer reference.
    assertThat(row.values().toString()).doesNotContain(Events.PHONE).doesNotContain("cust-q-1");
  }

  @Test
  void invalidQuestionBecomesAMaskedReject() {
    String json =
        "{\"schemaVersion\":1,\"questionId\":\"q-2\",\"shopId\":\"s\",\"text\":\"call "
            + Events.PHONE
            + "\"}"; // askedAt missing
    AuditRow row = mapper.map(record(Topics.QUESTIONS, 0, 5, "q-2", utf8(json)));

    assertThat(row.table()).isEqualTo(AuditTable.AUDIT_REJECTS);
    assertThat((String) row.get("error")).contains("MISSING_FIELD").contains("askedAt");
    assertThat((String) row.get("payload_masked")).doesNotContain(Events.PHONE).contains("call");
    assertThat(row.get("payload_bytes")).isEqualTo(json.getBytes().length);
    assertThat(row.get("kafka_offset")).isEqualTo(5L);
  }

  @Test
  void dlqRowTakesReasonAndSourceFromHeadersAndMasksTheValue() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(DlqHeaders.REASON, utf8("MISSING_FIELD"));
    headers.add(DlqHeaders.DETAIL, utf8("askedAt: required"));
    headers.add(DlqHeaders.SOURCE_TOPIC, utf8(Topics.QUESTIONS));
    headers.add(DlqHeaders.SOURCE_PARTITION, utf8("3"));
    headers.add(DlqHeaders.SOURCE_OFFSET, utf8("1234567"));
    headers.add(DlqHeaders.REJECTED_AT, utf8("2026-11-22T10:15:31Z"));
    String value = "{\"questionId\":\"q-3\",\"text\":\"my number is " + Events.PHONE + "\"}";

    AuditRow row = mapper.map(record(Topics.QUESTIONS_DLQ, 1, 99, "q-3", utf8(value), headers));

    assertThat(row.table()).isEqualTo(AuditTable.DLQ_RECORDS);
    assertThat(row.get("topic")).isEqualTo(Topics.QUESTIONS_DLQ);
    assertThat(row.get("kafka_partition")).isEqualTo(1);
    assertThat(row.get("kafka_offset")).isEqualTo(99L);
    assertThat(row.get("reason")).isEqualTo("MISSING_FIELD");
    assertThat(row.get("detail")).isEqualTo("askedAt: required");
    assertThat(row.get("dlq_source_topic")).isEqualTo(Topics.QUESTIONS);
    assertThat(row.get("dlq_source_partition")).isEqualTo(3);
    assertThat(row.get("dlq_source_offset")).isEqualTo(1234567L);
    assertThat(row.get("rejected_at")).isEqualTo(Instant.parse("2026-11-22T10:15:31Z"));
    assertThat(row.get("record_key")).isEqualTo("q-3");
    assertThat((String) row.get("value_masked"))
        .contains("my number is")
        .doesNotContain(Events.PHONE);
    assertThat(row.get("value_bytes")).isEqualTo(value.getBytes().length);
  }

  @Test
  void dlqRowWithoutHeadersOrValueIsStillARow() {
    RecordHeaders headers = new RecordHeaders();
    headers.add(DlqHeaders.SOURCE_PARTITION, utf8("not-a-number"));
    headers.add(DlqHeaders.REJECTED_AT, utf8("yesterday"));
    AuditRow row = mapper.map(record(Topics.QUESTIONS_DLQ, 0, 1, null, null, headers));

    assertThat(row.table()).isEqualTo(AuditTable.DLQ_RECORDS);
    assertThat(row.get("reason")).isNull();
    assertThat(row.get("dlq_source_partition")).isNull();
    assertThat(row.get("rejected_at")).isNull();
    assertThat(row.get("value_masked")).isNull();
    assertThat(row.get("value_bytes")).isEqualTo(0);
  }

  @Test
  void dlqValueThatIsNotUtf8IsStoredLeniently() {
    byte[] value = {(byte) 0xff, (byte) 0xfe, 'a', 0};
    AuditRow row = mapper.map(record(Topics.QUESTIONS_DLQ, 0, 2, "k", value));
    assertThat((String) row.get("value_masked")).contains("a").doesNotContain("\0");
  }

  @Test
  void everyInternalEventTypeMapsToItsTableById() {
    assertThat(map(Topics.ANSWERS, Events.answer("q-4", 2)))
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo(AuditTable.ANSWERS);
              assertThat(r.get("answer_id")).isEqualTo("q-4#r2");
              assertThat(r.get("revision")).isEqualTo(2);
              assertThat(r.get("source")).isEqualTo("STAFF");
              assertThat(r.get("reviewer")).isEqualTo("staff-kim");
            });
    assertThat(map(Topics.GENERATION_REQUESTS, Events.generationRequest("q-4")))
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo(AuditTable.GENERATION_REQUESTS);
              assertThat(r.get("request_id")).isEqualTo("q-4#req");
              assertThat((String) r.get("params")).contains("\"maxNewTokens\":200");
              assertThat(r.get("seed")).isEqualTo(42L);
            });
    assertThat(map(Topics.GENERATION_RESULTS, Events.generationResult("q-4")))
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo(AuditTable.GENERATION_RESULTS);
              assertThat(r.get("request_id")).isEqualTo("q-4#req");
              assertThat(r.get("status")).isEqualTo("COMPLETED");
              assertThat(r.get("mean_log_prob")).isEqualTo(-0.42);
            });
    assertThat(map(Topics.MODERATION, Events.verdict("q-4", ModerationStage.OUTPUT)))
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo(AuditTable.MODERATION_VERDICTS);
              assertThat(r.get("verdict_id")).isEqualTo("q-4#output");
              assertThat((String) r.get("reasons")).startsWith("[").contains("PII_PHONE");
            });
    assertThat(map(Topics.REVIEW_TASKS, Events.reviewTask("q-4")))
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo(AuditTable.REVIEW_TASKS);
              assertThat(r.get("task_id")).isEqualTo("q-4#task");
              assertThat((String) r.get("question_masked")).doesNotContain(Events.PHONE);
            });
    assertThat(map(Topics.REVIEW_DECISIONS, Events.reviewDecision("q-4")))
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo(AuditTable.REVIEW_DECISIONS);
              assertThat(r.get("decision_id")).isEqualTo("q-4#decision");
              assertThat(r.get("action")).isEqualTo("EDIT");
            });
    assertThat(map(Topics.SHOP_POLICIES, Events.policy("shop-1", 3000)))
        .satisfies(
            r -> {
              assertThat(r.table()).isEqualTo(AuditTable.SHOP_POLICIES);
              assertThat(r.get("shop_id")).isEqualTo("shop-1");
              assertThat(r.get("deleted")).isEqualTo(false);
              assertThat((String) r.get("policy")).contains("\"generationTimeoutMs\":3000");
            });
  }

  @Test
  void policyTombstoneMarksTheShopDeleted() {
    AuditRow row = mapper.map(record(Topics.SHOP_POLICIES, 0, 8, "shop-1", null));
    assertThat(row.table()).isEqualTo(AuditTable.SHOP_POLICIES);
    assertThat(row.get("shop_id")).isEqualTo("shop-1");
    assertThat(row.get("deleted")).isEqualTo(true);
    assertThat(row.get("policy")).isNull();
  }

  @Test
  void unparseableJsonOnAnInternalTopicBecomesAReject() {
    String payload = "{not json, call " + Events.PHONE;
    AuditRow row = mapper.map(record(Topics.ANSWERS, 1, 7, "q-5", utf8(payload)));

    assertThat(row.table()).isEqualTo(AuditTable.AUDIT_REJECTS);
    assertThat(row.get("topic")).isEqualTo(Topics.ANSWERS);
    assertThat(row.get("kafka_partition")).isEqualTo(1);
    assertThat(row.get("kafka_offset")).isEqualTo(7L);
    assertThat((String) row.get("error")).contains("AnswerEvent");
    assertThat((String) row.get("payload_masked"))
        .startsWith("{not json")
        .doesNotContain(Events.PHONE);
  }

  @Test
  void missingIdAndTombstonesOnEventTopicsBecomeRejects() {
    AuditRow missingId =
        mapper.map(record(Topics.REVIEW_DECISIONS, 0, 1, "q", utf8("{\"questionId\":\"q\"}")));
    assertThat(missingId.table()).isEqualTo(AuditTable.AUDIT_REJECTS);
    assertThat((String) missingId.get("error")).isEqualTo("decisionId: required");

    AuditRow tombstone = mapper.map(record(Topics.GENERATION_RESULTS, 0, 2, "q", null));
    assertThat(tombstone.table()).isEqualTo(AuditTable.AUDIT_REJECTS);
    assertThat((String) tombstone.get("error")).contains("tombstone");

    AuditRow unknown = mapper.map(record("some.other.topic", 0, 3, "q", utf8("{}")));
    assertThat((String) unknown.get("error")).contains("no audit mapping");
  }

  @Test
  void nulCharactersNeverReachTheDatabase() {
    var answer = Events.answer("q-6", 1);
    var withNul =
        new com.storefront.qa.contracts.event.AnswerEvent(
            1,
            "q-6",
            "s",
            null,
            "q-6#r1",
            1,
            "a\0b",
            "ko",
            answer.source(),
            answer.answeredAt(),
            null);
    AuditRow row = map(Topics.ANSWERS, withNul);
    assertThat(row.get("text")).isEqualTo("a\uFFFDb");
    assertThat(StoredText.jsonb(java.util.Map.of("k", "x\0y"))).doesNotContain("\\u0000");
  }

  @Test
  void aMaskerThatThrowsYieldsARejectNotAnException() {
    RecordMapper broken =
        new RecordMapper(
            t -> {
              throw new IllegalStateException("boom");
            },
            TestKeys.hasher());
    AuditRow row =
        broken.map(record(Topics.QUESTIONS, 0, 1, "q-7", Json.toBytes(Events.question("q-7"))));
    assertThat(row.isReject()).isTrue();
  }

  private AuditRow map(String topic, Object event) {
    return mapper.map(record(topic, 0, 1, "key", Json.toBytes(event)));
  }
}
