package com.storefront.qa.worker;

import java.time.Duration;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Consumption: the request consumer (read_committed, offsets committed through the producer), its
 * back-pressure (pause every assigned partition while the backends are full, keep polling so the
 * group keeps the member) and rewinding to the committed offsets after a failed transaction.
 */
final class RequestConsumer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(RequestConsumer.class);

  private final Properties props;
  private final Consumer<String, byte[]> consumer;
  private final WorkerMetrics metrics;

  RequestConsumer(
      Properties base,
      WorkerSettings s,
      WorkerMetrics metrics,
      KafkaClients clients,
      ConsumerRebalanceListener listener) {
    this.props = consumerProperties(base, s);
    this.metrics = metrics;
    this.consumer = clients.consumer(props);
    consumer.subscribe(List.of(s.requestsTopic()), listener);
  }

  /** Consumer settings: read_committed, manual offsets (committed through the producer). */
  static Properties consumerProperties(Properties base, WorkerSettings s) {
    Properties p = new Properties();
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(s.maxInFlight()));
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "qa-reply-worker-" + s.workerId());
    p.putAll(base);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, s.groupId());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
  }

  ConsumerRecords<String, byte[]> poll(Duration timeout) {
    return consumer.poll(timeout);
  }

  ConsumerGroupMetadata groupMetadata() {
    return consumer.groupMetadata();
  }

  Set<TopicPartition> assignment() {
    return consumer.assignment();
  }

  /** The partition's position (the next offset poll returns), or -1 if unassigned or unknown. */
  long position(TopicPartition tp) {
    try {
      return consumer.position(tp, Duration.ZERO);
    } catch (IllegalStateException | KafkaException e) {
      return -1;
    }
  }

  /** Pauses every assigned partition while {@code full}; resumes when there is room. */
  void applyBackPressure(boolean full) {
    Set<TopicPartition> assigned = consumer.assignment();
    if (assigned.isEmpty()) {
      return;
    }
    Set<TopicPartition> paused = consumer.paused();
    if (full) {
      Set<TopicPartition> toPause = new HashSet<>(assigned);
      toPause.removeAll(paused);
      if (!toPause.isEmpty()) {
        consumer.pause(toPause);
        metrics.paused(assigned.size(), paused.isEmpty());
      }
    } else if (!paused.isEmpty()) {
      consumer.resume(paused);
      metrics.paused(0, false);
    }
  }

  /** Seeks the given partitions back to their committed offsets (or the reset policy). */
  void rewindToCommitted(Collection<TopicPartition> tps) {
    if (tps.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        consumer.committed(new HashSet<>(tps), Duration.ofSeconds(30));
    String reset = String.valueOf(props.getOrDefault(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, ""));
    for (TopicPartition tp : tps) {
      OffsetAndMetadata om = committed.get(tp);
      if (om != null) {
        consumer.seek(tp, om);
      } else if ("latest".equals(reset)) {
        consumer.seekToEnd(List.of(tp));
      } else {
        consumer.seekToBeginning(List.of(tp));
      }
    }
  }

  /** Closes quietly (after a failure). */
  void closeQuietly() {
    try {
      consumer.close();
    } catch (RuntimeException e) {
      LOG.debug("consumer close", e);
    }
  }

  @Override
  public void close() {
    consumer.close();
  }
}
