package com.storefront.qa.orchestrator.support;

import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** The storefront's side: an idempotent producer of raw question records. */
public final class QuestionProducer implements AutoCloseable {
  private final KafkaProducer<byte[], byte[]> producer;

  public QuestionProducer(String bootstrapServers) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    props.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    props.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    props.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    producer = new KafkaProducer<>(props);
  }

  public void send(String topic, byte[] key, byte[] value) {
    producer.send(new ProducerRecord<>(topic, key, value));
  }

  /** Sends one record with headers and waits for the broker's acknowledgement (fails loudly). */
  public void sendNow(String topic, byte[] key, byte[] value, Headers headers) {
    try {
      producer.send(new ProducerRecord<>(topic, null, key, value, headers)).get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("the broker refused the record: " + e.getCause(), e);
    }
  }

  public void flush() {
    producer.flush();
  }

  @Override
  public void close() {
    producer.close();
  }
}
