package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AuditTableTest {

  @Test
  void eventTablesAreInsertOnceOnTheirOwnId() {
    assertThat(AuditTable.ANSWERS.insertSql())
        .startsWith("INSERT INTO answers (answer_id, question_id")
        .contains("source_topic, source_partition, source_offset")
        .endsWith("ON CONFLICT (answer_id) DO NOTHING");
    assertThat(AuditTable.MODERATION_VERDICTS.insertSql()).contains("?::jsonb");
    assertThat(AuditTable.DLQ_RECORDS.insertSql())
        .endsWith("ON CONFLICT (topic, kafka_partition, kafka_offset) DO NOTHING");
    assertThat(AuditTable.DLQ_RECORDS.hasSourceColumns()).isFalse();
  }

  @Test
  void policiesAreLatestOffsetWins() {
    assertThat(AuditTable.SHOP_POLICIES.insertSql())
        .contains("ON CONFLICT (shop_id) DO UPDATE SET policy = excluded.policy")
        .contains("shop_policies.source_offset < excluded.source_offset");
  }
}
