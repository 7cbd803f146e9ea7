package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storefront.qa.contracts.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class AuditSettingsTest {

  @Test
  void defaultsAreValid() {
    AuditSettings s = AuditSettings.defaults();
    assertThat(s.groupId()).isEqualTo("qa-audit");
    assertThat(s.topics()).containsExactlyElementsOf(Topics.ALL);
    assertThat(s.maxBatch()).isEqualTo(500);
    assertThat(s.backoffMax()).isEqualTo(Duration.ofSeconds(5));
  }

  @Test
  void everyProblemIsNamedByItsKey() {
    assertThatThrownBy(
            () ->
                new AuditSettings(
                    " ", List.of(), Duration.ZERO, 0, Duration.ofMillis(-1), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("qa.audit.group-id must not be blank")
        .hasMessageContaining("at least one topic")
        .hasMessageContaining("qa.audit.poll-timeout must be positive")
        .hasMessageContaining("qa.audit.max-batch must be between 1 and 10000 (got 0)")
        .hasMessageContaining("qa.audit.backoff.initial must be positive")
        .hasMessageContaining("qa.audit.backoff.max must be positive");
  }

  @Test
  void initialBackoffMustNotExceedMax() {
    assertThatThrownBy(
            () ->
                AuditSettings.defaults().withBackoff(Duration.ofSeconds(10), Duration.ofSeconds(5)))
        .hasMessageContaining("qa.audit.backoff.initial (PT10S) must not exceed");
  }

  @Test
  void consumerPropertiesEnforceTheAuditRules() {
    Properties base = new Properties();
    base.put("bootstrap.servers", "b:9092");
    base.put("enable.auto.commit", "true");
    base.put("isolation.level", "read_uncommitted");
    base.put("security.protocol", "SASL_SSL");
    Properties p = AuditWriter.consumerProperties(base, AuditSettings.defaults().withMaxBatch(77));
    assertThat(p)
        .containsEntry("group.id", "qa-audit")
        .containsEntry("enable.auto.commit", "false")
        .containsEntry("isolation.level", "read_committed")
        .containsEntry("auto.offset.reset", "earliest")
        .containsEntry("max.poll.records", "77")
        .containsEntry("security.protocol", "SASL_SSL");
    assertThatThrownBy(
            () -> AuditWriter.consumerProperties(new Properties(), AuditSettings.defaults()))
        .hasMessageContaining("bootstrap.servers");
  }

  @Test
  void aBadKafkaSettingFailsStartNotTheWriterThread() {
    Properties base = new Properties();
    base.put("bootstrap.servers", "no-port-here");
    AuditWriter writer =
        new AuditWriter(
            base,
            AuditSettings.defaults(),
            new RecordMapper(t -> t, TestKeys.hasher()),
            new AuditRepository(new org.postgresql.ds.PGSimpleDataSource()),
            new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
    assertThatThrownBy(writer::start)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid Kafka consumer configuration for the audit")
        .hasMessageContaining("no-port-here");
    assertThat(writer.isAlive()).isFalse();
  }
}
