package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.support.Answers;
import com.storefront.qa.orchestrator.support.Orchestrators;
import com.storefront.qa.orchestrator.support.QuestionProducer;
import com.storefront.qa.orchestrator.support.Questions;
import com.storefront.qa.orchestrator.support.QuietLogs;
import com.storefront.qa.orchestrator.support.TopicReader;
import com.storefront.qa.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;

/**
 * Records at the broker's limits, on a real broker: a value of nearly 1 MB, a key of 100 KB,
 * headers of 900 KB, JSON nested 100,000 deep and invalid UTF-8. Each lands in the DLQ with its
 * reason and cut to fit (a dead letter that did not fit would be lost), the partition is not
 * stalled (the questions after them are answered) and the orchestrator's lag returns to zero.
 */
class HostileInputIT {
  static final Duration WAIT = Duration.ofSeconds(90);

  @Test
  void recordsAtTheBrokersLimitsEndInTheDlqCutToFitAndNothingStalls() throws Exception {
    QuietLogs.apply();
    try (KafkaBroker broker = KafkaBroker.start();
        QuestionProducer producer = new QuestionProducer(broker.bootstrapServers())) {
      broker.createSystemTopics(1); // one partition: anything stuck would stall everything after
      KafkaStreams orchestrator =
          Orchestrators.start(
              Orchestrators.props(
                  broker.bootstrapServers(), "qa-hostile-it", Files.createTempDirectory("qa-h")),
              QaSettings.defaults(),
              QaMetrics.inMemory());
      try {
        String huge =
            "{\"schemaVersion\":1,\"questionId\":\"h-big\",\"shopId\":\"s\",\"text\":\""
                + "가".repeat(330_000)
                + "\",\"askedAt\":\"2026-12-02T00:00:00Z\"}";
        send(producer, "h-big", huge.getBytes(StandardCharsets.UTF_8), new RecordHeaders());
        send(
            producer,
            "k".repeat(100_000),
            Questions.json("h-key", "s", "en", Questions.EN_TEXT),
            new RecordHeaders());
        RecordHeaders heavy = new RecordHeaders();
        for (int i = 0; i < 10; i++) {
          heavy.add("x-trace-" + i, new byte[90_000]);
        }
        send(producer, "h-hdr", "not json at all".getBytes(StandardCharsets.UTF_8), heavy);
        String deep =
            "{\"schemaVersion\":1,\"questionId\":\"h-deep\",\"shopId\":\"s\",\"text\":"
                + "[".repeat(100_000)
                + "]".repeat(100_000)
                + ",\"askedAt\":\"2026-12-02T00:00:00Z\"}";
        send(producer, "h-deep", deep.getBytes(StandardCharsets.UTF_8), new RecordHeaders());
        byte[] utf = Arrays.copyOf(Questions.json("h-utf", "s", "en", Questions.EN_TEXT), 300);
        utf[40] = (byte) 0xC3;
        utf[41] = (byte) 0x28;
        send(producer, "h-utf", utf, new RecordHeaders());
        for (int i = 0; i < 5; i++) {
          send(
              producer,
              "h-ok-" + i,
              Questions.json("h-ok-" + i, "s", "ko-KR", Questions.KO_TEXT),
              new RecordHeaders());
        }

        List<ConsumerRecord<byte[], byte[]>> dead;
        try (TopicReader dlq = new TopicReader(broker.bootstrapServers(), Topics.QUESTIONS_DLQ)) {
          dead = dlq.awaitAll(r -> r.size() >= 5, WAIT);
        }
        Map<String, ConsumerRecord<byte[], byte[]>> byKey =
            dead.stream()
                .collect(
                    Collectors.toMap(r -> new String(r.key(), StandardCharsets.UTF_8), r -> r));
        assertThat(header(byKey.get("h-big"), DlqHeaders.REASON)).isEqualTo("RECORD_TOO_LARGE");
        assertThat(header(byKey.get("h-big"), DlqHeaders.ORIGINAL_BYTES))
            .isEqualTo(String.valueOf(huge.getBytes(StandardCharsets.UTF_8).length));
        assertThat(byKey.get("h-big").value()).hasSize(64 * 1024);
        ConsumerRecord<byte[], byte[]> longKey = byKey.get("k".repeat(1024));
        assertThat(header(longKey, DlqHeaders.REASON)).isEqualTo("KEY_MISMATCH");
        assertThat(header(longKey, DlqHeaders.ORIGINAL_KEY_BYTES)).isEqualTo("100000");
        assertThat(header(byKey.get("h-hdr"), DlqHeaders.REASON)).isEqualTo("NOT_JSON");
        assertThat(header(byKey.get("h-hdr"), DlqHeaders.HEADERS_DROPPED)).isEqualTo("10");
        assertThat(byKey.get("h-hdr").headers().lastHeader("x-trace-0")).isNull();
        assertThat(header(byKey.get("h-deep"), DlqHeaders.REASON)).isNotBlank();
        assertThat(header(byKey.get("h-utf"), DlqHeaders.REASON)).isEqualTo("INVALID_UTF8");

        try (TopicReader answers = new TopicReader(broker.bootstrapServers(), Topics.ANSWERS)) {
          var got = answers.awaitAll(r -> Answers.distinctAtLeast(r, "h-ok-", 5), WAIT);
          assertThat(Answers.countByQuestion(Answers.withPrefix(got, "h-ok-"))).hasSize(5);
        }
        assertThat(awaitLag(broker.bootstrapServers(), "qa-hostile-it")).isZero();
      } finally {
        Orchestrators.stop(orchestrator);
      }
    }
  }

  /** The application's lag on the questions topic, once it is zero or after {@link #WAIT}. */
  private static long awaitLag(String bootstrap, String group) throws Exception {
    try (Admin admin =
        Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
      TopicPartition tp = new TopicPartition(Topics.QUESTIONS, 0);
      long deadline = System.nanoTime() + WAIT.toNanos();
      while (true) {
        OffsetAndMetadata committed =
            admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get().get(tp);
        long end = admin.listOffsets(Map.of(tp, OffsetSpec.latest())).all().get().get(tp).offset();
        long lag = end - (committed == null ? 0 : committed.offset());
        if (lag == 0 || System.nanoTime() > deadline) {
          return lag;
        }
        Thread.sleep(250);
      }
    }
  }

  private static void send(QuestionProducer p, String key, byte[] value, RecordHeaders headers) {
    p.sendNow(Topics.QUESTIONS, key.getBytes(StandardCharsets.UTF_8), value, headers);
  }

  private static String header(ConsumerRecord<byte[], byte[]> r, String name) {
    assertThat(r).as("a dead letter").isNotNull();
    Header h = r.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
