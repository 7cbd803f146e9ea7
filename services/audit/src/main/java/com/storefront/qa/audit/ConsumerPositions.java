package com.storefront.qa.audit;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.TimeoutException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * The consumer-side rules of the audit's delivery protocol: how the consumer is configured, which
 * offsets a written batch commits, where a failed batch rewinds to, and how far behind it is.
 */
final class ConsumerPositions {
  private ConsumerPositions() {}

  /** The consumer configuration the writer uses: the caller's, with the audit's rules on top. */
  static Properties consumerProperties(Properties base, AuditSettings settings) {
    Properties p = new Properties();
    if (base != null) {
      p.putAll(base);
    }
    if (!p.containsKey(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG)) {
      throw new IllegalArgumentException("kafka bootstrap.servers is required for the audit");
    }
    p.put(ConsumerConfig.GROUP_ID_CONFIG, settings.groupId());
    p.putIfAbsent(ConsumerConfig.CLIENT_ID_CONFIG, settings.groupId() + "-writer");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(settings.maxBatch()));
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }

  /**
   * The offsets to commit once every record the consumer has returned so far is written: each
   * assigned partition's position, where it moved past {@code committed}. The position, not the
   * last record + 1: a transaction's commit marker (and an aborted transaction's records) follow
   * its last record and are never returned to a read_committed consumer, so "last + 1" would leave
   * them as lag that never drains. Partitions whose position is not known yet are left out.
   */
  static Map<TopicPartition, OffsetAndMetadata> positions(
      Consumer<byte[], byte[]> c, Map<TopicPartition, Long> committed) {
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (TopicPartition tp : c.assignment()) {
      long position;
      try {
        position = c.position(tp, Duration.ZERO);
      } catch (TimeoutException e) {
        continue; // no position yet (just assigned): nothing of it was returned, nothing to commit
      }
      Long last = committed.get(tp);
      if (last == null || position > last) {
        offsets.put(tp, new OffsetAndMetadata(position));
      }
    }
    return offsets;
  }

  /** Puts every partition of a failed batch back to the batch's first record. */
  static void rewind(Consumer<byte[], byte[]> c, ConsumerRecords<byte[], byte[]> records) {
    for (TopicPartition tp : records.partitions()) {
      c.seek(tp, records.records(tp).get(0).offset());
    }
  }

  /**
   * Records behind the log end on the assigned partitions, or -1 while no partition's lag is known
   * yet (and 0 with nothing assigned).
   */
  static long lag(Consumer<byte[], byte[]> c) {
    Collection<TopicPartition> assigned = c.assignment();
    long total = 0;
    boolean known = false;
    for (TopicPartition tp : assigned) {
      var l = c.currentLag(tp);
      if (l.isPresent()) {
        total += l.getAsLong();
        known = true;
      }
    }
    return known || assigned.isEmpty() ? total : -1;
  }
}
