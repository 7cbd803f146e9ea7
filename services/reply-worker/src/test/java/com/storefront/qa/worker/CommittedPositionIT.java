package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.testkit.KafkaBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Requests written in transactions (as the orchestrator writes them) leave a commit marker after
 * each transaction's records. Once the worker has answered them all, its group's committed offset
 * is the log end offset on every partition (raw lag 0), the markers and an aborted transaction
 * included. Real broker, real engine (a tiny random-weight model).
 */
class CommittedPositionIT {
  private static final int PARTITIONS = 2;

  @TempDir Path tmp;

  @Test
  void committedOffsetsReachTheLogEndAfterTransactionalRequests() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start()) {
      Path model = Fixtures.tinyModel(tmp.resolve("tiny"), "exaone");
      try (TextGenerator engine =
          Engines.load(model, new EngineOptions("cpu", "fp32", 4, 4096), l -> {})) {
        String[] topics = Fixtures.freshTopics(broker, PARTITIONS);
        int answered = produceInTransactions(broker, topics[0]);
        WorkerSettings d = WorkerSettings.defaults("w-pos", 4);
        WorkerSettings s =
            new WorkerSettings(
                "w-pos",
                "g-pos",
                topics[0],
                topics[1],
                d.maxInFlight(),
                d.maxQueued(),
                Duration.ofSeconds(30),
                d.maxRetries(),
                d.retryBackoff(),
                d.generationTimeout(),
                d.maxNewTokensCap(),
                Duration.ofMillis(50),
                Duration.ofSeconds(5));
        GenerationLoop loop =
            new GenerationLoop(
                Fixtures.inProcess(engine),
                broker.clientProperties(),
                s,
                new WorkerMetrics(new SimpleMeterRegistry()),
                new CrashingClients());
        loop.start();
        try (var reader = new Fixtures.ResultReader(broker, topics[1]);
            Admin admin = Admin.create(broker.clientProperties())) {
          assertThat(reader.readUntil(r -> r.size() >= answered, Duration.ofSeconds(120)))
              .hasSize(answered);
          Map<TopicPartition, Long> ends = ends(admin, topics[0]);
          long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
          Map<TopicPartition, Long> committed = committed(admin, "g-pos");
          while (!committed.equals(ends) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            committed = committed(admin, "g-pos");
          }
          assertThat(committed).as("committed offsets = log end offsets").isEqualTo(ends);
          long total = ends.values().stream().mapToLong(Long::longValue).sum();
          assertThat(total).as("markers follow the records").isGreaterThan(answered + 3L);
        } finally {
          loop.shutdown(Duration.ofSeconds(5));
        }
      }
    }
  }

  /** Three committed transactions of four requests and one aborted; returns the committed count. */
  private static int produceInTransactions(KafkaBroker broker, String topic) {
    Properties p = broker.clientProperties();
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "pos-it");
    int committed = 0;
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      producer.initTransactions();
      for (int t = 0; t < 4; t++) {
        producer.beginTransaction();
        for (int i = 0; i < 4; i++) {
          GenerationRequest r = Fixtures.request("pos-" + t + "-" + i, 2, null);
          producer.send(new ProducerRecord<>(topic, r.questionId(), Json.toBytes(r)));
        }
        if (t < 3) {
          producer.commitTransaction();
          committed += 4;
        } else {
          producer.abortTransaction();
        }
      }
    }
    return committed;
  }

  private static Map<TopicPartition, Long> ends(Admin admin, String topic) throws Exception {
    Map<TopicPartition, OffsetSpec> query = new HashMap<>();
    for (int i = 0; i < PARTITIONS; i++) {
      query.put(new TopicPartition(topic, i), OffsetSpec.latest());
    }
    Map<TopicPartition, Long> out = new HashMap<>();
    admin.listOffsets(query).all().get().forEach((tp, info) -> out.put(tp, info.offset()));
    return out;
  }

  private static Map<TopicPartition, Long> committed(Admin admin, String group) throws Exception {
    Map<TopicPartition, Long> out = new HashMap<>();
    admin
        .listConsumerGroupOffsets(group)
        .partitionsToOffsetAndMetadata()
        .get()
        .forEach((tp, o) -> out.put(tp, o == null ? -1 : o.offset()));
    return out;
  }
}
