package com.storefront.qa.audit;

import static com.storefront.qa.audit.Records.record;
import static com.storefront.qa.audit.Records.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.pii.PiiMasker;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.junit.jupiter.api.Test;

/**
 * {@link AuditTable} is the one Java declaration of the audit schema: {@code AuditSchemaIT} holds
 * the Flyway migrations to it (columns, types, keys), and this test holds {@link RecordMapper} to
 * it: a complete event of every type fills every column of its table, and nothing else ({@link
 * AuditRow} refuses an unknown column name when it is built). A column added to the SQL and the
 * enum but forgotten in the mapper, or the other way round, fails one of the two.
 */
class AuditSchemaCoverageTest {
  /** Columns a successful sample leaves empty by nature (a completed result has no error). */
  private static final Set<String> NULL_IN_SAMPLES =
      Set.of("generation_results.error", "generation_results.fallback_reason");

  private final RecordMapper mapper = new RecordMapper(PiiMasker::mask, TestKeys.hasher());

  @Test
  void aCompleteEventOfEveryTypeFillsEveryColumnOfItsTable() {
    Map<AuditTable, AuditRow> rows = new EnumMap<>(AuditTable.class);
    for (AuditRow row : sampleRows()) {
      rows.put(row.table(), row);
    }
    assertThat(rows.keySet()).containsExactlyInAnyOrder(AuditTable.values());
    rows.forEach(
        (table, row) -> {
          Set<String> expected = new LinkedHashSet<>();
          table.columns().forEach(c -> expected.add(c.name()));
          if (table.hasSourceColumns()) {
            expected.removeAll(List.of("source_topic", "source_partition", "source_offset"));
          }
          assertThat(row.values().keySet()).as(table.tableName()).isEqualTo(expected);
          row.values()
              .forEach(
                  (column, value) -> {
                    if (!NULL_IN_SAMPLES.contains(table.tableName() + "." + column)) {
                      assertThat(value)
                          .as("%s.%s from a complete event", table.tableName(), column)
                          .isNotNull();
                    }
                  });
        });
  }

  private List<AuditRow> sampleRows() {
    RecordHeaders dlqHeaders = new RecordHeaders();
    dlqHeaders.add(DlqHeaders.REASON, utf8("NOT_JSON"));
    dlqHeaders.add(DlqHeaders.DETAIL, utf8("unexpected token"));
    dlqHeaders.add(DlqHeaders.SOURCE_TOPIC, utf8(Topics.QUESTIONS));
    dlqHeaders.add(DlqHeaders.SOURCE_PARTITION, utf8("1"));
    dlqHeaders.add(DlqHeaders.SOURCE_OFFSET, utf8("7"));
    dlqHeaders.add(DlqHeaders.REJECTED_AT, utf8("2026-11-22T10:15:30Z"));
    return List.of(
        map(Topics.QUESTIONS, Json.toBytes(Events.question("q"))),
        mapper.map(record(Topics.QUESTIONS_DLQ, 0, 1, "k", utf8("{oops"), dlqHeaders)),
        map(Topics.GENERATION_REQUESTS, Json.toBytes(Events.generationRequest("q"))),
        map(Topics.GENERATION_RESULTS, Json.toBytes(Events.generationResult("q"))),
        map(Topics.MODERATION, Json.toBytes(Events.verdict("q", ModerationStage.OUTPUT))),
        map(Topics.ANSWERS, Json.toBytes(Events.answer("q", 2))),
        map(Topics.REVIEW_TASKS, Json.toBytes(Events.reviewTask("q"))),
        map(Topics.REVIEW_DECISIONS, Json.toBytes(Events.reviewDecision("q"))),
        mapper.map(
            record(
                Topics.SHOP_POLICIES,
                0,
                3,
                "hanbit-market",
                Json.toBytes(Events.policy("hanbit-market", 5000)))),
        map(Topics.ANSWERS, utf8("{not json")));
  }

  private AuditRow map(String topic, byte[] value) {
    return mapper.map(record(topic, 0, 1, "q", value));
  }
}
