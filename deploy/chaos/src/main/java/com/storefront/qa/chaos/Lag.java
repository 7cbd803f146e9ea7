package com.storefront.qa.chaos;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * How far behind the system's consumer groups are, two ways: the raw lag (end offset minus
 * committed offset, what {@code kafka-consumer-groups} and KEDA show) and the unprocessed records
 * (committed records a {@code read_committed} consumer would still be handed from the committed
 * offset on). They differ by the transaction markers and aborted records past the last record a
 * group processed: a consumer that commits "last record + 1" leaves one marker per partition
 * behind, which is raw lag that never drains although nothing is left to do.
 */
final class Lag {
  /** The orchestrator (a Kafka Streams application id), the reply workers and the audit writer. */
  static final List<String> GROUPS = List.of("qa-orchestrator", "qa-reply-worker", "qa-audit");

  /** One group's lag; -1 raw when the group has committed nothing. */
  record Group(long raw, long unprocessed) {}

  private Lag() {}

  static Map<String, Group> of(Admin admin, String bootstrap)
      throws InterruptedException, ExecutionException {
    Map<String, Group> lag = new HashMap<>();
    for (String group : GROUPS) {
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      if (committed.isEmpty()) {
        lag.put(group, new Group(-1, -1));
        continue;
      }
      Map<TopicPartition, OffsetSpec> ask = new HashMap<>();
      committed.keySet().forEach(tp -> ask.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(ask).all().get();
      long raw = 0;
      long unprocessed = 0;
      for (var e : committed.entrySet()) {
        long behind = ends.get(e.getKey()).offset() - e.getValue().offset();
        raw += Math.max(0, behind);
        if (behind > 0) {
          unprocessed +=
              records(bootstrap, e.getKey(), e.getValue().offset(), ends.get(e.getKey()).offset());
        }
      }
      lag.put(group, new Group(raw, unprocessed));
    }
    return lag;
  }

  /** Committed records in {@code [from, to)} of one partition. */
  private static long records(String bootstrap, TopicPartition tp, long from, long to) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    try (KafkaConsumer<byte[], byte[]> c =
        new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
      c.assign(List.of(tp));
      c.seek(tp, from);
      long count = 0;
      long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
      while (c.position(tp) < to && System.nanoTime() < deadline) {
        count +=
            c.poll(Duration.ofMillis(300)).records(tp).stream()
                .filter(r -> r.offset() < to)
                .count();
      }
      // A position stuck below the end is an open transaction: its records may still come.
      return c.position(tp) < to ? Math.max(count, 1) : count;
    }
  }

  /** Whether every group has committed and has nothing left to process. */
  static boolean drained(Map<String, Group> lag) {
    return lag.values().stream().allMatch(g -> g.raw() >= 0 && g.unprocessed() == 0);
  }
}
