package com.storefront.qa.chaos;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.json.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads the answers and the questions DLQ as a shop's consumer does ({@code read_committed}, so
 * aborted transactions of killed services are invisible), from the beginning, into the {@link
 * Ledger}. It has no consumer group: it assigns itself every partition and never commits.
 */
final class Watcher implements AutoCloseable {
  private final KafkaConsumer<String, byte[]> consumer;
  private final Ledger ledger;
  private final Thread thread;
  private volatile boolean running = true;
  private volatile Throwable failure;

  Watcher(String bootstrap, Ledger ledger) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    this.consumer = new KafkaConsumer<>(p);
    this.ledger = ledger;
    List<TopicPartition> all = new ArrayList<>();
    for (String topic : List.of(Topics.ANSWERS, Topics.QUESTIONS_DLQ)) {
      consumer.partitionsFor(topic).forEach(i -> all.add(new TopicPartition(topic, i.partition())));
    }
    consumer.assign(all);
    consumer.seekToBeginning(all);
    this.thread = Thread.ofPlatform().name("chaos-watcher").daemon().start(this::loop);
  }

  private void loop() {
    try {
      while (running) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          long now = System.currentTimeMillis();
          if (r.topic().equals(Topics.ANSWERS)) {
            JsonNode a = Json.MAPPER.readTree(r.value());
            ledger.answer(a.path("questionId").asText(), a.path("revision").asInt(), now);
          } else {
            ledger.dlqRecords.incrementAndGet();
            Header reason = r.headers().lastHeader(DlqHeaders.REASON);
            ledger.dlq.put(
                String.valueOf(r.key()),
                reason == null
                    ? "(no reason header)"
                    : new String(reason.value(), StandardCharsets.UTF_8));
          }
        }
      }
    } catch (IOException | RuntimeException e) {
      failure = e;
    } finally {
      consumer.close();
    }
  }

  /** Why the watcher stopped early, or null. */
  Throwable failure() {
    return failure;
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.join(10_000);
  }
}
