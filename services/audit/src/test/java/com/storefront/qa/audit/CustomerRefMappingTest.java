package com.storefront.qa.audit;

import static com.storefront.qa.audit.Records.record;
import static com.storefront.qa.audit.Records.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.pii.PiiMasker;
import org.junit.jupiter.api.Test;

/** The raw customerRef reaches no stored column: question rows, DLQ values, reject payloads. */
class CustomerRefMappingTest {
  private final RecordMapper mapper = new RecordMapper(PiiMasker::mask, TestKeys.hasher());

  @Test
  void aQuestionStoresTheKeyedHashAndTheSameRefGivesTheSameHash() {
    AuditRow a = question("q-1");
    AuditRow b = question("q-1"); // the same customer asks again (same ref "cust-q-1")
    AuditRow other = question("q-2");

    String hash = (String) a.get("customer_ref_hash");
    assertThat(hash).startsWith("t1:").doesNotContain("cust").hasSize(3 + 43);
    assertThat(b.get("customer_ref_hash")).isEqualTo(hash);
    assertThat(other.get("customer_ref_hash")).isNotEqualTo(hash);
    assertThat(a.values().toString()).doesNotContain("cust-q-1");
  }

  @Test
  void aQuestionWithoutARefStoresNull() {
    var q = Events.question("q-3");
    var noRef =
        new com.storefront.qa.contracts.event.QuestionEvent(
            1,
            q.questionId(),
            q.shopId(),
            q.productId(),
            q.productName(),
            q.locale(),
            q.text(),
            q.askedAt(),
            null);
    AuditRow row = mapper.map(record(Topics.QUESTIONS, 0, 1, "q-3", Json.toBytes(noRef)));
    assertThat(row.get("customer_ref_hash")).isNull();
  }

  @Test
  void aDeadLetteredQuestionsRefIsReplacedByItsHash() {
    String value = "{\"questionId\":\"q-4\",\"customerRef\" : \"member-8812\",\"text\":\"hi\"}";
    AuditRow row = mapper.map(record(Topics.QUESTIONS_DLQ, 0, 9, "q-4", utf8(value)));

    assertThat((String) row.get("value_masked"))
        .doesNotContain("member-8812")
        .contains("\"customerRef\" : \"" + TestKeys.hasher().hash("member-8812") + "\"")
        .contains("\"text\":\"hi\"");
  }

  @Test
  void rejectedPayloadsLoseTheRefEvenWhenTheJsonIsBroken() {
    String badType =
        "{\"schemaVersion\":1,\"questionId\":\"q-5\",\"shopId\":\"s\",\"text\":\"hi\","
            + "\"askedAt\":\"2026-11-22T10:15:30Z\",\"customerRef\":88120042}";
    String cutOff = "{\"questionId\":\"q-6\",\"customerRef\":\"member-\\\"8812";
    AuditRow a = mapper.map(record(Topics.QUESTIONS, 0, 1, "q-5", utf8(badType)));
    AuditRow b = mapper.map(record(Topics.ANSWERS, 0, 2, "q-6", utf8(cutOff)));

    assertThat(a.isReject()).isTrue();
    assertThat((String) a.get("payload_masked")).doesNotContain("8812").contains("\"t1:");
    assertThat((String) a.get("error")).contains("customerRef").doesNotContain("8812");
    assertThat(b.isReject()).isTrue();
    assertThat((String) b.get("payload_masked")).doesNotContain("8812").endsWith("\"");
  }

  private AuditRow question(String qid) {
    return mapper.map(record(Topics.QUESTIONS, 0, 1, qid, Json.toBytes(Events.question(qid))));
  }
}
