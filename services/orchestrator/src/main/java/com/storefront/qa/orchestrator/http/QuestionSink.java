package com.storefront.qa.orchestrator.http;

import com.storefront.qa.contracts.Topics;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Writes accepted questions to {@code storefront.questions.v1}, exactly the bytes the client sent,
 * key = questionId. An idempotent producer with acks=all: a broker retry never writes a record
 * twice. The default partitioner is fine: the topology re-partitions every question by its id.
 */
public final class QuestionSink implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;

  public QuestionSink(Map<String, String> clientProps) {
    Properties props = new Properties();
    props.putAll(clientProps);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.putIfAbsent(ProducerConfig.LINGER_MS_CONFIG, "2");
    // A request must not hang on a missing broker: fail it (503) within the wait anyway.
    props.putIfAbsent(ProducerConfig.MAX_BLOCK_MS_CONFIG, "5000");
    props.putIfAbsent(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "15000");
    props.putIfAbsent(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    producer = new KafkaProducer<>(props);
  }

  /** Sends one question; the future completes when the broker acknowledged it. */
  public CompletableFuture<Void> send(String questionId, byte[] value) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    try {
      producer.send(
          new ProducerRecord<>(
              Topics.QUESTIONS, questionId.getBytes(StandardCharsets.UTF_8), value),
          (metadata, error) -> {
            if (error == null) {
              done.complete(null);
            } else {
              done.completeExceptionally(error);
            }
          });
    } catch (RuntimeException e) {
      done.completeExceptionally(e);
    }
    return done;
  }

  @Override
  public void close() {
    producer.close(java.time.Duration.ofSeconds(5));
  }
}
