package com.storefront.qa.orchestrator.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a whole topic from the beginning as a downstream consumer would: read_committed, so records
 * of aborted transactions are never seen.
 */
public final class TopicReader implements AutoCloseable {
  private final KafkaConsumer<byte[], byte[]> consumer;
  private final List<ConsumerRecord<byte[], byte[]>> seen = new ArrayList<>();

  public TopicReader(String bootstrapServers, String topic) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    consumer = new KafkaConsumer<>(props);
    List<TopicPartition> partitions =
        consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
            .map(p -> new TopicPartition(topic, p.partition()))
            .toList();
    consumer.assign(partitions);
    consumer.seekToBeginning(partitions);
  }

  /** Polls until {@code done} holds for everything read so far, or the timeout passes. */
  public List<ConsumerRecord<byte[], byte[]>> awaitAll(
      Predicate<List<ConsumerRecord<byte[], byte[]>>> done, Duration timeout) {
    Instant end = Instant.now().plus(timeout);
    while (!done.test(seen) && Instant.now().isBefore(end)) {
      poll(Duration.ofMillis(200));
    }
    return List.copyOf(seen);
  }

  /** Keeps reading for {@code quiet} (to catch anything extra), then returns all records read. */
  public List<ConsumerRecord<byte[], byte[]>> drain(Duration quiet) {
    Instant end = Instant.now().plus(quiet);
    while (Instant.now().isBefore(end)) {
      poll(Duration.ofMillis(200));
    }
    return List.copyOf(seen);
  }

  private void poll(Duration timeout) {
    consumer.poll(timeout).forEach(seen::add);
  }

  @Override
  public void close() {
    consumer.close();
  }
}
