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
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Benchmark: how fast the audit catches up on a backlog (the situation after a PostgreSQL outage),
 * with the default batch size, and how fast a replay of the same backlog (all duplicates) runs.
 * Prints the rates. It asserts that batching works (a few dozen transactions, not one per record)
 * and only a loose rate floor: this 2-core machine is shared with other builds.
 */
class AuditThroughputIT {
  private static final int QUESTIONS = 5_000;

  @Test
  void catchesUpOnABacklog() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start();
        Postgres pg = Postgres.start()) {
      broker.createSystemTopics(3);
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setUrl(pg.jdbcUrl());
      ds.setUser(Postgres.USER);
      Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();

      Properties p = new Properties();
      p.put("bootstrap.servers", broker.bootstrapServers());
      p.put("linger.ms", "20");
      p.put("batch.size", "262144");
      try (KafkaProducer<String, byte[]> producer =
          new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
        for (int i = 0; i < QUESTIONS; i++) {
          String qid = "bench-q-" + i;
          producer.send(
              new ProducerRecord<>(Topics.QUESTIONS, qid, Json.toBytes(Events.question(qid))));
          producer.send(
              new ProducerRecord<>(Topics.ANSWERS, qid, Json.toBytes(Events.answer(qid, 1))));
          producer.send(
              new ProducerRecord<>(
                  Topics.GENERATION_RESULTS, qid, Json.toBytes(Events.generationResult(qid))));
        }
        producer.flush();
      }
      int records = 3 * QUESTIONS;

      double first = run(broker, ds, "bench-1", records, "backlog");
      double replay = run(broker, ds, "bench-2", records, "replay (all duplicates)");
      assertThat(count(ds, "select count(*) from questions")).isEqualTo(QUESTIONS);
      assertThat(count(ds, "select count(*) from answers")).isEqualTo(QUESTIONS);
      assertThat(count(ds, "select count(*) from generation_results")).isEqualTo(QUESTIONS);
      // Timing floors stay loose (other builds share this machine); batching is checked exactly.
      assertThat(first).isGreaterThan(100);
      assertThat(replay).isGreaterThan(100);
    }
  }

  private static double run(
      KafkaBroker broker, DataSource ds, String group, int records, String what) throws Exception {
    Properties props = new Properties();
    props.put("bootstrap.servers", broker.bootstrapServers());
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    AuditWriter writer =
        new AuditWriter(
            props,
            AuditSettings.defaults().withGroupId(group),
            new RecordMapper(PiiMasker::mask, TestKeys.hasher()),
            new AuditRepository(ds),
            registry);
    long start = System.nanoTime();
    writer.start();
    try {
      long deadline = start + Duration.ofMinutes(2).toNanos();
      while (writer.recordsAudited() < records && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
    } finally {
      writer.stop(Duration.ofSeconds(10));
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(writer.recordsAudited()).isEqualTo(records);
    double rate = records / seconds;
    double batches = registry.get("qa.audit.batches").counter().count();
    // One transaction per poll batch: a 15 000-record backlog takes a few dozen, not thousands.
    assertThat(batches).isLessThanOrEqualTo(2.0 * records / AuditSettings.defaults().maxBatch());
    System.out.printf(
        "AUDIT BENCH %s: %d records in %.2f s = %.0f records/s (%.0f batches, mean %.1f ms per"
            + " batch transaction, includes consumer start-up and group join)%n",
        what,
        records,
        seconds,
        rate,
        batches,
        registry
            .get("qa.audit.batch.duration")
            .timer()
            .mean(java.util.concurrent.TimeUnit.MILLISECONDS));
    return rate;
  }

  private static long count(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
