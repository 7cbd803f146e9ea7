package com.storefront.qa.review.decide;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.review.tracing.DecisionTracing;
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
 * its decisionId, so it never makes a second revision. With tracing on, each record carries the
 * context of its send span (docs/tracing.md).
 */
public final class DecisionPublisher implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;
  private final Duration sendTimeout;
  private final DecisionTracing tracing;

  /** A publisher on {@code properties} (bootstrap servers, security) with the outbox's rules. */
  public DecisionPublisher(Properties properties, Duration sendTimeout) {
    this(properties, sendTimeout, DecisionTracing.off());
  }

  /** The same, tracing each send with {@code tracing}. */
  public DecisionPublisher(Properties properties, Duration sendTimeout, DecisionTracing tracing) {
    Properties p = new Properties();
    p.putAll(properties);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.putIfAbsent(ProducerConfig.CLIENT_ID_CONFIG, "qa-console-outbox");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    this.producer = new KafkaProducer<>(p);
    this.sendTimeout = sendTimeout;
    this.tracing = tracing;
  }

  /**
   * Sends every entry and waits until the broker has acknowledged all of them.
   *
   * @throws IllegalStateException when any send failed or timed out (nothing is marked published)
   */
  public void send(List<Outbox.Entry> entries) {
    List<Future<RecordMetadata>> acks = new ArrayList<>(entries.size());
    List<DecisionTracing.Sending> spans = new ArrayList<>(entries.size());
    for (Outbox.Entry e : entries) {
      DecisionTracing.Sending span = tracing.sending(Topics.REVIEW_DECISIONS, e.key());
      spans.add(span);
      acks.add(
          producer.send(
              new ProducerRecord<>(
                  Topics.REVIEW_DECISIONS,
                  null,
                  e.key().getBytes(StandardCharsets.UTF_8),
                  e.payload(),
                  span.headers())));
    }
    Exception failure = null;
    try {
      for (Future<RecordMetadata> ack : acks) {
        ack.get(sendTimeout.toMillis(), TimeUnit.MILLISECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      failure = e;
      throw new IllegalStateException("publishing decisions failed: " + e, e);
    } catch (InterruptedException e) {
      failure = e;
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing decisions", e);
    } finally {
      for (DecisionTracing.Sending span : spans) {
        span.end(failure);
      }
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(5));
  }
}
