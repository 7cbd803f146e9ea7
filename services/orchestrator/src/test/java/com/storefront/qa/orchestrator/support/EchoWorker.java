package com.storefront.qa.orchestrator.support;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.json.Json;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * A reply worker without an engine: answers every generation request at once with a fixed reply,
 * producing results exactly as the real worker's ResultWriter does (Java client, String key =
 * questionId, the default partitioner).
 */
public final class EchoWorker implements AutoCloseable {
  /** A reply that passes output moderation. */
  public static final String REPLY = "문의해 주셔서 감사합니다. 담당자가 확인한 후 정확한 답변을 드리겠습니다. 조금만 기다려 주세요.";

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final Thread thread;

  private EchoWorker(String bootstrapServers, String reply) {
    thread = new Thread(() -> run(bootstrapServers, reply), "echo-worker");
    thread.setDaemon(true);
  }

  /** Starts answering requests in a background thread. */
  public static EchoWorker start(String bootstrapServers, String reply) {
    EchoWorker worker = new EchoWorker(bootstrapServers, reply);
    worker.thread.start();
    return worker;
  }

  private void run(String bootstrapServers, String reply) {
    Properties c = new Properties();
    c.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "echo-worker");
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class);
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class);
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c);
        KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      consumer.subscribe(List.of(Topics.GENERATION_REQUESTS));
      while (running.get()) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(100))) {
          GenerationRequest request = Json.fromBytes(r.value(), GenerationRequest.class);
          producer.send(
              new ProducerRecord<>(
                  Topics.GENERATION_RESULTS,
                  request.questionId(),
                  Json.toBytes(Questions.completed(request.questionId(), reply, -0.3))));
        }
        producer.flush();
      }
    }
  }

  @Override
  public void close() {
    running.set(false);
    try {
      thread.join(10_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
