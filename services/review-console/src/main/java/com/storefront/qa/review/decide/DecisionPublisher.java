package com.storefront.qa.review.decide;

import com.storefront.qa.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends outbox events to {@code qa.review.decisions.v1} with an idempotent producer ({@code
 * enable.idempotence}, {@code acks=all}): a producer retry never duplicates a record. A resend
 * after a crash (sent, not yet marked published) can duplicate one; the orchestrator drops it by
 * its decisionId, so it never makes a second revision.
 */
public final class DecisionPublisher implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final Duration sendTimeout;

  /** A publisher on {@code properties} (bootstrap servers, security) with the outbox's rules. */
  public DecisionPublisher(Properties properties, Duration sendTimeout) {
    Properties p = new Properties();
    p.putAll(properties);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "qa-console-outbox");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    this.producer = new KafkaProducer<>(p);
    this.sendTimeout = sendTimeout;
  }

  /**
   * Sends every entry and waits until the broker has acknowledged all of them.
   *
   * @throws IllegalStateException when any send failed or timed out (nothing is marked published)
   */
  public void send(List<Outbox.Entry> entries) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(entries.size());
    for (Outbox.Entry e : entries) {
      acks.add(
          producer.send(
              new ProducerRecord<>(
                  Topics.REVIEW_DECISIONS, e.key().getBytes(StandardCharsets.UTF_8), e.payload())));
    }
    try {
      for (Future<RecordMetadata> ack : acks) {
        ack.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("publishing decisions failed: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing decisions", e);
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
