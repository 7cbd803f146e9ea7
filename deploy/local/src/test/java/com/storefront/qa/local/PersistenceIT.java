package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the local stack keeps across a restart, on a real broker and a real PostgreSQL: records
 * committed in a transaction before a stop are there after a start on the same data directory,
 * topic set-up on the kept broker creates nothing and fails on nothing, and PostgreSQL keeps its
 * rows. Also pins why {@link LocalBroker} exists: the testkit's {@link KafkaBroker} cannot start on
 * a directory it used before.
 */
class PersistenceIT {
  @TempDir Path work;

  static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  @Test
  void brokerKeepsTopicsAndCommittedRecordsAcrossARestart() throws Exception {
    Path dir = work.resolve("kafka");
    int port = freePort();
    assertThat(LocalBroker.hasData(dir)).isFalse();
    try (LocalBroker broker = LocalBroker.start(dir, "127.0.0.1", port)) {
      assertThat(TopicSetup.ensure(broker.bootstrapServers(), 4, line -> {}))
          .isEqualTo(Topics.ALL.size());
      Properties p = new Properties();
      p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
      p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, "persistence-it");
      try (KafkaProducer<byte[], byte[]> producer =
          new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
        producer.initTransactions();
        producer.beginTransaction();
        for (int i = 0; i < 10; i++) {
          producer.send(
              new ProducerRecord<>(Topics.ANSWERS, ("q-" + i).getBytes(), ("a-" + i).getBytes()));
        }
        producer.commitTransaction();
      }
    }
    assertThat(LocalBroker.hasData(dir)).isTrue();

    List<String> warnings = new ArrayList<>();
    try (LocalBroker again = LocalBroker.start(dir, "127.0.0.1", port)) {
      assertThat(TopicSetup.ensure(again.bootstrapServers(), 4, warnings::add)).isZero();
      assertThat(warnings).isEmpty();
      List<String> keys =
          Events.readAll(again.bootstrapServers(), Topics.ANSWERS).stream()
              .map(r -> new String(r.key()))
              .sorted()
              .toList();
      assertThat(keys)
          .containsExactly("q-0", "q-1", "q-2", "q-3", "q-4", "q-5", "q-6", "q-7", "q-8", "q-9");
      // A differing partition count is reported, not changed.
      TopicSetup.ensure(again.bootstrapServers(), 8, warnings::add);
      assertThat(warnings)
          .isNotEmpty()
          .allMatch(w -> w.contains("has 4 partitions (kept from an earlier run), not 8"));
    }
  }

  @Test
  void consolePrinterSumsUpEarlierRecordsAndPrintsOnlyNewOnesSafely() throws Exception {
    try (LocalBroker broker = LocalBroker.start(work.resolve("kafka"), "127.0.0.1", freePort())) {
      String b = broker.bootstrapServers();
      TopicSetup.ensure(b, 4, line -> {});
      try (var producer = Events.producer(b)) {
        producer
            .send(Events.record(Events.question("q-old", "hanbit-market", "ko-KR", "예전 질문")))
            .get();
      }
      List<String> lines = new java.util.concurrent.CopyOnWriteArrayList<>();
      ConsolePrinter printer = new ConsolePrinter(lines::add);
      printer.start(b);
      try (var producer = Events.producer(b)) {
        producer
            .send(
                Events.record(
                    Events.question("q-new\u001b[2J", "hanbit-market", "ko-KR", "새 질문\u202e")))
            .get();
      }
      Events.await(
          "the new question printed",
          java.time.Duration.ofSeconds(30),
          () -> lines.stream().anyMatch(l -> l.startsWith("Q  q-new")));
      printer.close();
      assertThat(lines).noneMatch(l -> l.contains("q-old"));
      assertThat(lines)
          .contains(
              "(kept from earlier runs: 1 questions, 0 of them answered or rejected; 1 still waiting: their answers are printed as they arrive)");
      assertThat(lines)
          .anyMatch(l -> l.startsWith("Q  q-new\\u001b[2J") && l.endsWith("새 질문\\u202e"));
      assertThat(String.join("", lines)).doesNotContain("\u001b").doesNotContain("\u202e");
    }
  }

  @Test
  void testkitBrokerCannotStartOnItsOwnEarlierDirectory() {
    Path dir = work.resolve("testkit-kafka");
    KafkaBroker.start(dir).close();
    Throwable failure = null;
    try (KafkaBroker again = KafkaBroker.start(dir)) {
      // started: the limitation is gone and LocalBroker could go back to the testkit
    } catch (RuntimeException e) {
      failure = e;
    }
    assertThat(failure).as("KafkaBroker.start on a used directory").isNotNull();
  }

  @Test
  void postgresKeepsItsRowsAcrossARestart() throws Exception {
    Path dir = work.resolve("pg");
    int port = freePort();
    Postgres pg = Postgres.start(dir, port);
    try (Connection c = pg.connect();
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE kept (id text primary key)");
      s.execute("INSERT INTO kept VALUES ('q-1')");
    } finally {
      pg.stop();
    }
    Postgres again = Postgres.start(dir, port);
    try (Connection c = again.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT id FROM kept")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("q-1");
    } finally {
      again.stop();
    }
  }
}
