package com.storefront.qa.local;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/** Test helpers: produce questions, read topics back (read_committed). */
final class Events {
  private Events() {}

  static QuestionEvent question(String id, String shop, String locale, String text) {
    return new QuestionEvent(
        QuestionEvent.SCHEMA_VERSION,
        id,
        shop,
        "p-1",
        "test product",
        locale,
        text,
        Instant.now(),
        "customer-ref-secret");
  }

  static KafkaProducer<byte[], byte[]> producer(String bootstrap) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    p.put(ProducerConfig.LINGER_MS_CONFIG, 1);
    return new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
  }

  static ProducerRecord<byte[], byte[]> record(QuestionEvent q) {
    return new ProducerRecord<>(
        Topics.QUESTIONS, q.questionId().getBytes(StandardCharsets.UTF_8), Json.toBytes(q));
  }

  static KafkaConsumer<byte[], byte[]> consumer(String bootstrap) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    return new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Every committed record of a topic, from the beginning to the current end. */
  static List<ConsumerRecord<byte[], byte[]>> readAll(String bootstrap, String topic) {
    try (KafkaConsumer<byte[], byte[]> c = consumer(bootstrap)) {
      List<TopicPartition> tps = new ArrayList<>();
      c.partitionsFor(topic).forEach(pi -> tps.add(new TopicPartition(topic, pi.partition())));
      c.assign(tps);
      c.seekToBeginning(tps);
      Map<TopicPartition, Long> end = c.endOffsets(tps);
      List<ConsumerRecord<byte[], byte[]>> out = new ArrayList<>();
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (System.nanoTime() < deadline) {
        boolean done = true;
        for (TopicPartition tp : tps) {
          if (c.position(tp) < end.get(tp)) {
            done = false;
          }
        }
        if (done) {
          return out;
        }
        c.poll(Duration.ofMillis(200)).forEach(out::add);
      }
      throw new IllegalStateException("could not read " + topic + " to its end");
    }
  }

  static <T> List<T> readAll(String bootstrap, String topic, Class<T> type) {
    return readAll(bootstrap, topic).stream().map(r -> Json.fromBytes(r.value(), type)).toList();
  }

  /** Collects a topic's committed records on a background thread, as they arrive. */
  static final class Collector<T> implements AutoCloseable {
    final List<T> items = new CopyOnWriteArrayList<>();
    final Map<String, Long> firstSeenAt = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    Collector(String bootstrap, String topic, Class<T> type, Function<T, String> id) {
      thread =
          new Thread(
              () -> {
                try (KafkaConsumer<byte[], byte[]> c = consumer(bootstrap)) {
                  List<TopicPartition> tps = new ArrayList<>();
                  c.partitionsFor(topic)
                      .forEach(pi -> tps.add(new TopicPartition(topic, pi.partition())));
                  c.assign(tps);
                  c.seekToBeginning(tps);
                  while (running) {
                    for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(100))) {
                      T item = Json.fromBytes(r.value(), type);
                      items.add(item);
                      firstSeenAt.putIfAbsent(id.apply(item), System.currentTimeMillis());
                    }
                  }
                }
              },
              "collector-" + topic);
      thread.setDaemon(true);
      thread.start();
    }

    int distinct() {
      return firstSeenAt.size();
    }

    Map<String, List<T>> byId(Function<T, String> id) {
      Map<String, List<T>> m = new HashMap<>();
      for (T t : items) {
        m.computeIfAbsent(id.apply(t), k -> new ArrayList<>()).add(t);
      }
      return m;
    }

    @Override
    public void close() throws InterruptedException {
      running = false;
      thread.join(5000);
    }
  }

  static void await(String what, Duration timeout, java.util.function.BooleanSupplier condition) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            "timed out after " + timeout.toSeconds() + " s waiting for " + what);
      }
      InProcessPipeline.sleep(100);
    }
  }
}
