package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.pii.PiiMasker;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * After the audit has written a transactional producer's records, the group's committed offset is
 * the log end offset (raw lag 0): the commit markers after each transaction, and an aborted
 * transaction at the end, are committed past too. Committing "last record + 1" would leave one
 * marker per partition as lag that never drains. Real broker, real PostgreSQL.
 */
class CommittedOffsetIT {
  private static final String GROUP = "qa-audit-offsets";

  @Test
  void committedOffsetReachesTheLogEndAfterTransactions() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start();
        Postgres pg = Postgres.start()) {
      broker.createSystemTopics(2);
      Flyway.configure()
          .dataSource(pg.dataSource())
          .locations("classpath:db/migration")
          .load()
          .migrate();
      int questions = produceTransactions(broker);
      AuditWriter writer = writer(broker, pg).start();
      try (Admin admin = Admin.create(broker.clientProperties())) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Map<TopicPartition, Long> ends = ends(admin);
        Map<TopicPartition, Long> committed = committed(admin);
        while (System.nanoTime() < deadline && (count(pg) < questions || !committed.equals(ends))) {
          Thread.sleep(100);
          committed = committed(admin);
        }
        assertThat(count(pg)).as("every committed question audited once").isEqualTo(questions);
        assertThat(committed).as("committed offsets = log end offsets").isEqualTo(ends);
        // Each partition holds its records plus at least one marker per transaction beyond them.
        long records = ends.values().stream().mapToLong(Long::longValue).sum();
        assertThat(records).isGreaterThan(questions + 3L);
      } finally {
        writer.stop(Duration.ofSeconds(10));
      }
    }
  }

  /** Three committed transactions of questions and one aborted one; returns the committed count. */
  private static int produceTransactions(KafkaBroker broker) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "offsets-it");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    int committed = 0;
    try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p)) {
      producer.initTransactions();
      for (int t = 0; t < 4; t++) {
        producer.beginTransaction();
        for (int i = 0; i < 10; i++) {
          String qid = "offsets-q-" + t + "-" + i;
          producer.send(
              new ProducerRecord<>(Topics.QUESTIONS, qid, Json.toBytes(Events.question(qid))));
        }
        if (t < 3) {
          producer.commitTransaction();
          committed += 10;
        } else {
          producer.abortTransaction();
        }
      }
    }
    return committed;
  }

  private static AuditWriter writer(KafkaBroker broker, Postgres pg) {
    Properties props = new Properties();
    props.put("bootstrap.servers", broker.bootstrapServers());
    AuditSettings settings =
        new AuditSettings(
            GROUP,
            List.of(Topics.QUESTIONS),
            Duration.ofMillis(200),
            7, // several batches per partition
            Duration.ofMillis(50),
            Duration.ofMillis(500));
    return new AuditWriter(
        props,
        settings,
        new RecordMapper(PiiMasker::mask, TestKeys.hasher()),
        new AuditRepository(pg.dataSource()),
        new SimpleMeterRegistry());
  }

  private static Map<TopicPartition, Long> ends(Admin admin) throws Exception {
    Map<TopicPartition, OffsetSpec> query = new HashMap<>();
    for (int i = 0; i < 2; i++) {
      query.put(new TopicPartition(Topics.QUESTIONS, i), OffsetSpec.latest());
    }
    Map<TopicPartition, Long> ends = new HashMap<>();
    admin.listOffsets(query).all().get().forEach((tp, info) -> ends.put(tp, info.offset()));
    return ends;
  }

  private static Map<TopicPartition, Long> committed(Admin admin) throws Exception {
    Map<TopicPartition, OffsetAndMetadata> offsets =
        admin.listConsumerGroupOffsets(GROUP).partitionsToOffsetAndMetadata().get();
    Map<TopicPartition, Long> out = new HashMap<>();
    offsets.forEach((tp, o) -> out.put(tp, o == null ? -1 : o.offset()));
    return out;
  }

  private static long count(Postgres pg) throws Exception {
    try (Connection c = pg.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("select count(*) from questions")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
