package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.json.EventSerdes;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.pii.PiiMasker;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration.ConnectionValidator;
import io.agroal.api.configuration.supplier.AgroalDataSourceConfigurationSupplier;
import io.agroal.api.security.NamePrincipal;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The audit writer against a real KRaft broker and a real PostgreSQL 17, through a real Agroal pool
 * configured like production. The tests share one broker, database and writer and run in order:
 * each adds events and checks the whole audit, so later tests also prove earlier rows stay exactly
 * as they were.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditWriterIT {
  private static final int QUESTIONS = 40;
  private static final int SHOPS = 10;

  private static KafkaBroker broker;
  private static Postgres pg;
  private static AgroalDataSource ds;
  private static KafkaProducer<String, byte[]> producer;
  private static KafkaProducer<String, byte[]> txProducer;
  private static SimpleMeterRegistry registry;
  private static AuditWriter writer;

  /** Rows the audit must hold, per table, after the events produced so far. */
  private static final Map<AuditTable, Integer> expected = new EnumMap<>(AuditTable.class);

  @BeforeAll
  static void start() {
    broker = KafkaBroker.start();
    broker.createSystemTopics(3);
    pg = Postgres.start();
    ds = pool(pg.jdbcUrl());
    Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
    producer = new KafkaProducer<>(producerProps(null));
    txProducer = new KafkaProducer<>(producerProps("audit-it-tx"));
    txProducer.initTransactions();
    for (AuditTable t : AuditTable.values()) {
      expected.put(t, 0);
    }
    registry = new SimpleMeterRegistry();
    writer = newWriter("qa-audit", registry).start();
  }

  @AfterAll
  static void stop() {
    if (writer != null) {
      writer.stop(Duration.ofSeconds(10));
    }
    if (producer != null) {
      producer.close();
    }
    if (txProducer != null) {
      txProducer.close();
    }
    if (ds != null) {
      ds.close();
    }
    if (pg != null) {
      pg.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  @Order(1)
  void writesExactlyOneRowPerEventAndNothingFromAnAbortedTransaction() throws Exception {
    for (int i = 0; i < QUESTIONS; i++) {
      String qid = "a-q-" + i;
      send(Topics.QUESTIONS, qid, Json.toBytes(Events.question(qid)));
      if (i % 5 == 0) {
        // The storefront retried: same event, same id, one row.
        send(Topics.QUESTIONS, qid, Json.toBytes(Events.question(qid)));
      }
      sendDlq(qid);
      boolean inTx = i % 2 == 0;
      if (inTx) {
        txProducer.beginTransaction();
      }
      KafkaProducer<String, byte[]> p = inTx ? txProducer : producer;
      internalEvents(p, qid, i % 3 == 0);
      if (inTx) {
        txProducer.commitTransaction();
      }
      send(
          Topics.SHOP_POLICIES,
          "shop-" + (i % SHOPS),
          EventSerdes.SHOP_POLICY
              .serializer()
              .serialize(Topics.SHOP_POLICIES, Events.policy("shop-" + (i % SHOPS), 1000 + i)));
    }
    // A transaction that aborts: none of it may reach the audit.
    txProducer.beginTransaction();
    internalEvents(txProducer, "aborted-q-1", true);
    txProducer.send(
        new ProducerRecord<>(
            Topics.SHOP_POLICIES, "aborted-shop", Json.toBytes(Events.policy("aborted-shop", 1))));
    txProducer.flush();
    txProducer.abortTransaction();

    int twoRevisions = (QUESTIONS + 2) / 3;
    add(AuditTable.QUESTIONS, QUESTIONS);
    add(AuditTable.DLQ_RECORDS, QUESTIONS);
    add(AuditTable.GENERATION_REQUESTS, QUESTIONS);
    add(AuditTable.GENERATION_RESULTS, QUESTIONS);
    add(AuditTable.MODERATION_VERDICTS, 2 * QUESTIONS);
    add(AuditTable.ANSWERS, QUESTIONS + twoRevisions);
    add(AuditTable.REVIEW_TASKS, QUESTIONS);
    add(AuditTable.REVIEW_DECISIONS, QUESTIONS);
    add(AuditTable.SHOP_POLICIES, SHOPS);

    awaitExpectedRows(Duration.ofSeconds(60));
    // A little longer: late duplicates or aborted records would show up now.
    Thread.sleep(1000);
    assertThat(counts()).isEqualTo(expected);

    for (AuditTable t : AuditTable.values()) {
      if (t.hasColumn("question_id")) {
        assertThat(
                count(
                    "select count(*) from " + t.tableName() + " where question_id like 'aborted%'"))
            .as("aborted rows in %s", t.tableName())
            .isZero();
      }
    }
    assertThat(count("select count(*) from shop_policies where shop_id = 'aborted-shop'")).isZero();
    assertThat(count("select count(*) from audit_rejects")).isZero();
    assertThat(count("select count(*) from questions where text_masked like '%1234%'")).isZero();
    assertThat(count("select count(*) from dlq_records where value_masked like '%1234-5678%'"))
        .isZero();
    assertThat(
            count(
                "select count(*) from dlq_records where reason = 'MISSING_FIELD'"
                    + " and dlq_source_topic = 'storefront.questions.v1'"
                    + " and dlq_source_offset is not null"))
        .isEqualTo(QUESTIONS);
    // Latest wins: the last policy produced for each shop.
    for (int s = 0; s < SHOPS; s++) {
      int last = QUESTIONS - SHOPS + s;
      assertThat(
              count(
                  "select (policy->>'generationTimeoutMs')::int from shop_policies"
                      + " where shop_id = 'shop-"
                      + s
                      + "'"))
          .isEqualTo(1000 + last);
    }
    assertThat(
            count("select count(*) from moderation_verdicts where jsonb_array_length(reasons) = 1"))
        .isEqualTo(2 * QUESTIONS);
    // The view the console lists: one answer per question, the highest revision.
    assertThat(count("select count(*) from latest_answers")).isEqualTo(QUESTIONS);
    assertThat(count("select count(*) from latest_answers where revision = 2"))
        .isEqualTo(twoRevisions);
    assertThat(writer.state()).isEqualTo(AuditWriter.State.RUNNING);
    assertThat(sum(registry, "qa.audit.rows.written"))
        .isEqualTo(total(expected) + 4.0 * SHOPS - SHOPS);
    assertThat(registry.get("qa.audit.batches").counter().count()).isPositive();
    awaitTrue(Duration.ofSeconds(10), () -> writer.lag() == 0, "lag back to 0");
  }

  @Test
  @Order(2)
  void replayFromOffsetZeroAddsAndChangesNothing() throws Exception {
    Map<AuditTable, Integer> countsBefore = counts();
    Map<AuditTable, String> checksumsBefore = checksums();

    SimpleMeterRegistry replayRegistry = new SimpleMeterRegistry();
    AuditWriter replay = newWriter("qa-audit-replay", replayRegistry).start();
    try {
      long target = writer.recordsAudited();
      awaitTrue(
          Duration.ofSeconds(60),
          () -> replay.recordsAudited() >= target && replay.lag() == 0,
          "replay to read all " + target + " records");
      assertThat(replay.recordsAudited()).isEqualTo(target);
    } finally {
      replay.stop(Duration.ofSeconds(10));
    }
    assertThat(counts()).isEqualTo(countsBefore);
    assertThat(checksums()).isEqualTo(checksumsBefore);
    assertThat(sum(replayRegistry, "qa.audit.rows.written")).isZero();
    assertThat(sum(replayRegistry, "qa.audit.rows.unchanged"))
        .isEqualTo((double) writer.recordsAudited());
  }

  @Test
  @Order(3)
  void postgresGoingAwayMidRunLosesNothing() throws Exception {
    int n = 90;
    AtomicInteger produced = new AtomicInteger();
    CountDownLatch databaseStopped = new CountDownLatch(1);
    // The storefront publishes throughout; a third of its events come before the outage.
    CompletableFuture<Void> storefront =
        CompletableFuture.runAsync(
            () -> {
              for (int i = 0; i < n; i++) {
                if (i == n / 3) {
                  await(databaseStopped);
                }
                String qid = "outage-q-" + i;
                send(Topics.QUESTIONS, qid, Json.toBytes(Events.question(qid)));
                send(
                    Topics.MODERATION,
                    qid,
                    Json.toBytes(Events.verdict(qid, ModerationStage.INPUT)));
                send(Topics.ANSWERS, qid, Json.toBytes(Events.answer(qid, 1)));
                produced.incrementAndGet();
                sleep(20);
              }
            });
    awaitTrue(Duration.ofSeconds(30), () -> produced.get() >= n / 3, "first events produced");
    awaitTrue(
        Duration.ofSeconds(30),
        () -> safeCount("select count(*) from questions where question_id like 'outage-%'") > 0,
        "some outage-run events written before the outage");
    double retriesBefore = registry.get("qa.audit.retries").counter().count();

    pg.stop();
    databaseStopped.countDown();
    try {
      whileDatabaseIsDown(storefront, retriesBefore);
    } finally {
      pg.startServer();
    }
    add(AuditTable.QUESTIONS, n);
    add(AuditTable.MODERATION_VERDICTS, n);
    add(AuditTable.ANSWERS, n);
    awaitExpectedRows(Duration.ofSeconds(60));
    awaitTrue(
        Duration.ofSeconds(10),
        () -> writer.state() == AuditWriter.State.RUNNING && writer.lag() == 0,
        "writer healthy and caught up");
    assertThat(counts()).isEqualTo(expected);
    assertThat(writer.consecutiveFailures()).isZero();
    assertThat(
            count(
                "select count(distinct question_id) from answers where question_id like 'outage-%'"))
        .isEqualTo(n);
  }

  private static void whileDatabaseIsDown(CompletableFuture<Void> storefront, double retriesBefore)
      throws Exception {
    storefront.get(); // the storefront keeps publishing while the audit database is away
    awaitTrue(
        Duration.ofSeconds(30),
        () -> writer.state() == AuditWriter.State.RETRYING,
        "writer to notice the outage");
    assertThatThrownBy(() -> count("select 1")).isInstanceOf(SQLException.class);
    Thread.sleep(2000); // several retries against a dead database
    assertThat(registry.get("qa.audit.retries").counter().count()).isGreaterThan(retriesBefore + 1);
    assertThat(writer.lastError()).isNotBlank();
    assertThat(writer.isAlive()).isTrue();
    assertThat(writer.lag()).as("records waiting in Kafka for the audit").isPositive();
  }

  @Test
  @Order(4)
  void poisonRecordsBecomeRejectsAndTheWriterKeepsGoing() throws Exception {
    String qid = "poison-q-1";
    RecordMetadata notJson =
        send(
            Topics.ANSWERS,
            qid,
            ("{not json, call " + Events.PHONE).getBytes(StandardCharsets.UTF_8));
    RecordMetadata tombstone = send(Topics.GENERATION_RESULTS, qid, null);
    RecordMetadata noId =
        send(
            Topics.REVIEW_DECISIONS,
            qid,
            "{\"questionId\":\"poison-q-1\"}".getBytes(StandardCharsets.UTF_8));
    RecordMetadata badQuestion =
        send(Topics.QUESTIONS, qid, "{\"schemaVersion\":1}".getBytes(StandardCharsets.UTF_8));
    // Valid JSON the database refuses (PostgreSQL's timestamptz ends in year 294276).
    AnswerEvent a = Events.answer(qid, 7);
    AnswerEvent farFuture =
        new AnswerEvent(
            1,
            qid,
            a.shopId(),
            a.productId(),
            AnswerEvent.answerId(qid, 7),
            7,
            a.text(),
            a.locale(),
            a.source(),
            Instant.parse("+300000-01-01T00:00:00Z"),
            a.reviewer());
    RecordMetadata refused = send(Topics.ANSWERS, qid, Json.toBytes(farFuture));
    // Events after the poison on the same partitions.
    send(Topics.ANSWERS, qid, Json.toBytes(Events.answer(qid, 1)));
    send(Topics.GENERATION_RESULTS, qid, Json.toBytes(Events.generationResult(qid)));
    send(Topics.REVIEW_DECISIONS, qid, Json.toBytes(Events.reviewDecision(qid)));
    add(AuditTable.ANSWERS, 1);
    add(AuditTable.GENERATION_RESULTS, 1);
    add(AuditTable.REVIEW_DECISIONS, 1);
    add(AuditTable.AUDIT_REJECTS, 5);

    awaitExpectedRows(Duration.ofSeconds(60));
    assertThat(counts()).isEqualTo(expected);
    assertThat(rejectError(notJson)).contains("AnswerEvent");
    assertThat(rejectError(tombstone)).contains("tombstone");
    assertThat(rejectError(noId)).isEqualTo("decisionId: required");
    assertThat(rejectError(badQuestion)).contains("invalid question");
    assertThat(rejectError(refused)).contains("database refused the answers row");
    assertThat(count("select count(*) from audit_rejects where payload_masked like '%1234-5678%'"))
        .isZero();
    assertThat(writer.state()).isEqualTo(AuditWriter.State.RUNNING);
    assertThat(registry.get("qa.audit.rejects").tag("topic", Topics.ANSWERS).counter().count())
        .isEqualTo(1.0);
  }

  // ---------------------------------------------------------------------------------------------

  private static void internalEvents(KafkaProducer<String, byte[]> p, String qid, boolean edited) {
    p.send(rec(Topics.GENERATION_REQUESTS, qid, Json.toBytes(Events.generationRequest(qid))));
    p.send(rec(Topics.GENERATION_RESULTS, qid, Json.toBytes(Events.generationResult(qid))));
    p.send(rec(Topics.MODERATION, qid, Json.toBytes(Events.verdict(qid, ModerationStage.INPUT))));
    p.send(rec(Topics.MODERATION, qid, Json.toBytes(Events.verdict(qid, ModerationStage.OUTPUT))));
    p.send(rec(Topics.ANSWERS, qid, Json.toBytes(Events.answer(qid, 1))));
    p.send(rec(Topics.REVIEW_TASKS, qid, Json.toBytes(Events.reviewTask(qid))));
    p.send(rec(Topics.REVIEW_DECISIONS, qid, Json.toBytes(Events.reviewDecision(qid))));
    if (edited) {
      p.send(rec(Topics.ANSWERS, qid, Json.toBytes(Events.answer(qid, 2))));
    }
  }

  private static void sendDlq(String qid) {
    String value =
        "{\"schemaVersion\":1,\"questionId\":\"" + qid + "\",\"text\":\"" + Events.PHONE + "\"}";
    RecordHeaders h = new RecordHeaders();
    h.add(DlqHeaders.REASON, "MISSING_FIELD".getBytes(StandardCharsets.UTF_8));
    h.add(DlqHeaders.DETAIL, "shopId: required".getBytes(StandardCharsets.UTF_8));
    h.add(DlqHeaders.SOURCE_TOPIC, Topics.QUESTIONS.getBytes(StandardCharsets.UTF_8));
    h.add(DlqHeaders.SOURCE_PARTITION, "0".getBytes(StandardCharsets.UTF_8));
    h.add(DlqHeaders.SOURCE_OFFSET, "123".getBytes(StandardCharsets.UTF_8));
    h.add(DlqHeaders.REJECTED_AT, Instant.now().toString().getBytes(StandardCharsets.UTF_8));
    try {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.QUESTIONS_DLQ, null, qid, value.getBytes(StandardCharsets.UTF_8), h))
          .get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static ProducerRecord<String, byte[]> rec(String topic, String key, byte[] value) {
    return new ProducerRecord<>(topic, key, value);
  }

  private static RecordMetadata send(String topic, String key, byte[] value) {
    try {
      return producer.send(rec(topic, key, value)).get();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static AuditWriter newWriter(String group, SimpleMeterRegistry reg) {
    Properties props = new Properties();
    props.put("bootstrap.servers", broker.bootstrapServers());
    AuditSettings settings =
        new AuditSettings(
            group,
            Topics.ALL,
            Duration.ofMillis(200),
            100,
            Duration.ofMillis(50),
            Duration.ofMillis(500));
    return new AuditWriter(
        props,
        settings,
        new RecordMapper(PiiMasker::mask, TestKeys.hasher()),
        new AuditRepository(ds),
        reg);
  }

  private static Properties producerProps(String transactionalId) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers());
    p.put(ProducerConfig.ACKS_CONFIG, "all");
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    p.put(ProducerConfig.LINGER_MS_CONFIG, "2");
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    if (transactionalId != null) {
      p.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
    }
    return p;
  }

  /** A pool configured like application.properties: fail fast, validate on borrow. */
  private static AgroalDataSource pool(String url) {
    try {
      return AgroalDataSource.from(
          new AgroalDataSourceConfigurationSupplier()
              .connectionPoolConfiguration(
                  pool ->
                      pool.minSize(0)
                          .maxSize(4)
                          .acquisitionTimeout(Duration.ofSeconds(3))
                          .validateOnBorrow(true)
                          .connectionValidator(ConnectionValidator.defaultValidator())
                          .connectionFactoryConfiguration(
                              cf ->
                                  cf.jdbcUrl(url)
                                      .principal(new NamePrincipal(Postgres.USER))
                                      .jdbcProperty("connectTimeout", "3")
                                      .jdbcProperty("socketTimeout", "60"))));
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void add(AuditTable table, int n) {
    expected.merge(table, n, Integer::sum);
  }

  private static int total(Map<AuditTable, Integer> m) {
    return m.values().stream().mapToInt(Integer::intValue).sum();
  }

  private static double sum(SimpleMeterRegistry reg, String name) {
    return reg.find(name).counters().stream().mapToDouble(Counter::count).sum();
  }

  private static void awaitExpectedRows(Duration timeout) throws Exception {
    awaitTrue(
        timeout,
        () -> {
          try {
            return counts().equals(expected);
          } catch (SQLException e) {
            return false;
          }
        },
        "audit rows " + expected);
  }

  private static Map<AuditTable, Integer> counts() throws SQLException {
    Map<AuditTable, Integer> m = new EnumMap<>(AuditTable.class);
    for (AuditTable t : AuditTable.values()) {
      m.put(t, (int) count("select count(*) from " + t.tableName()));
    }
    return m;
  }

  /** Per table: a digest of every row except recorded_at, in key order. */
  private static Map<AuditTable, String> checksums() throws SQLException {
    Map<AuditTable, String> m = new LinkedHashMap<>();
    for (AuditTable t : AuditTable.values()) {
      m.put(
          t,
          string(
              "select md5(coalesce(string_agg(x, '|' order by x), '')) from (select"
                  + " (to_jsonb(t) - 'recorded_at')::text x from "
                  + t.tableName()
                  + " t) s"));
    }
    return m;
  }

  private static String rejectError(RecordMetadata m) throws SQLException {
    return string(
        "select error from audit_rejects where topic = '%s' and kafka_partition = %d and kafka_offset = %d"
            .formatted(m.topic(), m.partition(), m.offset()));
  }

  private static long count(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static long safeCount(String sql) {
    try {
      return count(sql);
    } catch (SQLException e) {
      return -1;
    }
  }

  private static String string(String sql) throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getString(1) : null;
    }
  }

  private static void awaitTrue(Duration timeout, BooleanSupplier condition, String what)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return;
      }
      Thread.sleep(100);
    }
    List<String> state = new ArrayList<>();
    state.add("writer=" + writer.state());
    state.add("lag=" + writer.lag());
    state.add("lastError=" + writer.lastError());
    try {
      state.add("counts=" + counts());
    } catch (SQLException e) {
      state.add("counts unavailable: " + e.getMessage());
    }
    throw new AssertionError("timed out waiting for " + what + "; " + state);
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(60, TimeUnit.SECONDS)) {
        throw new IllegalStateException("timed out waiting for " + latch);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
