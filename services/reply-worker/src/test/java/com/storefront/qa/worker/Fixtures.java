package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.worker.backend.BackendOrder;
import com.storefront.qa.worker.backend.InProcessBackend;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.Future;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Real-part helpers for the worker's tests: tiny checkpoints, request producer, result reader. */
final class Fixtures {
  private Fixtures() {}

  /** Writes a random-weight tiny HF checkpoint (hidden 64, 2 layers) with the llm module. */
  static Path tinyModel(Path dir, String arch) {
    try {
      TinyCheckpoint.write(dir, TinyCheckpoint.Spec.small(arch));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The in-process engine as the only backend. */
  static BackendOrder inProcess(TextGenerator engine) {
    return BackendOrder.of(new InProcessBackend(engine, "qa-prompt-2+chat:test"));
  }

  /** Creates a requests and a results topic with fresh names. */
  static String[] freshTopics(KafkaBroker broker, int partitions) {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    String req = "it.requests." + suffix;
    String res = "it.results." + suffix;
    broker.createTopics(
        List.of(
            new NewTopic(req, partitions, (short) 1), new NewTopic(res, partitions, (short) 1)));
    return new String[] {req, res};
  }

  static GenerationRequest request(String id, int maxNewTokens, Instant deadline) {
    return new GenerationRequest(
        GenerationRequest.SCHEMA_VERSION,
        id,
        "q-" + id,
        "hanbit-market",
        "p-42",
        "2026 daily planner",
        "en-US",
        "You are a kind storefront assistant. Say staff will answer soon.",
        "Does this planner show next year's public holidays? (" + id + ")",
        new GenerationParams(false, 1.0, 0, 1.0, 0.0, 1.0, maxNewTokens),
        7L,
        Instant.now(),
        deadline);
  }

  static void produce(KafkaBroker broker, String topic, List<GenerationRequest> requests) {
    Properties p = broker.clientProperties();
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, "60000");
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      List<Future<RecordMetadata>> sent = new ArrayList<>();
      for (GenerationRequest r : requests) {
        sent.add(producer.send(new ProducerRecord<>(topic, r.questionId(), Json.toBytes(r))));
      }
      producer.flush();
      for (Future<RecordMetadata> f : sent) {
        f.get(); // a request that was not written must fail the test here, not later
      }
    } catch (Exception e) {
      throw new IllegalStateException("could not produce the test requests to " + topic, e);
    }
  }

  static void produceRaw(KafkaBroker broker, String topic, String key, byte[] value) {
    Properties p = broker.clientProperties();
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      producer.send(new ProducerRecord<>(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException("could not produce to " + topic, e);
    }
  }

  /** A read_committed reader of a results topic, from the beginning. */
  static final class ResultReader implements AutoCloseable {
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<GenerationResult> seen = new ArrayList<>();

    ResultReader(KafkaBroker broker, String topic) {
      Properties p = broker.clientProperties();
      p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
      p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
      p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
      consumer = new KafkaConsumer<>(p);
      List<TopicPartition> tps = new ArrayList<>();
      consumer.partitionsFor(topic).forEach(i -> tps.add(new TopicPartition(topic, i.partition())));
      consumer.assign(tps);
      consumer.seekToBeginning(tps);
    }

    /** Polls until {@code done} holds for everything seen so far, or the timeout passes. */
    List<GenerationResult> readUntil(Predicate<List<GenerationResult>> done, Duration timeout) {
      long end = System.nanoTime() + timeout.toNanos();
      while (!done.test(seen) && System.nanoTime() < end) {
        poll(Duration.ofMillis(200));
      }
      return List.copyOf(seen);
    }

    /** Everything committed so far plus whatever arrives within {@code quiet}. */
    List<GenerationResult> settle(Duration quiet) {
      long end = System.nanoTime() + quiet.toNanos();
      while (System.nanoTime() < end) {
        poll(Duration.ofMillis(200));
      }
      return List.copyOf(seen);
    }

    private void poll(Duration d) {
      for (ConsumerRecord<String, byte[]> r : consumer.poll(d)) {
        seen.add(Json.fromBytes(r.value(), GenerationResult.class));
      }
    }

    @Override
    public void close() {
      consumer.close();
    }
  }

  /** Committed offsets of a group, summed over the topic's partitions. */
  static long committedTotal(KafkaBroker broker, String group, String topic) {
    try (Admin admin = Admin.create(broker.clientProperties())) {
      var offsets = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      long sum = 0;
      for (var e : offsets.entrySet()) {
        OffsetAndMetadata om = e.getValue();
        if (e.getKey().topic().equals(topic) && om != null) {
          sum += om.offset();
        }
      }
      return sum;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
