package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.ReviewAction;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.event.Verdict;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Customer waiting, no reply": with fallbackOnHold=false a held question has no answer at all, and
 * the view review_queue shows it first until any answer is audited. Events go through a real
 * broker, the real audit writer and a real PostgreSQL 17; they are the ones the orchestrator
 * publishes (a task's fallbackAnswerId is null exactly when no acknowledgement was sent).
 */
class ReviewQueueIT {
  private static KafkaBroker broker;
  private static Postgres pg;
  private static KafkaProducer<String, byte[]> producer;
  private static AuditWriter writer;

  @BeforeAll
  static void start() {
    broker = KafkaBroker.start();
    broker.createSystemTopics(2);
    pg = Postgres.start();
    Flyway.configure()
        .dataSource(pg.dataSource())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Properties p = new Properties();
    p.put("bootstrap.servers", broker.bootstrapServers());
    producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer());
    Properties c = new Properties();
    c.put("bootstrap.servers", broker.bootstrapServers());
    AuditSettings settings =
        AuditSettings.defaults().withBackoff(Duration.ofMillis(50), Duration.ofMillis(500));
    writer =
        new AuditWriter(
                c,
                settings,
                new RecordMapper(PiiMasker::mask, TestKeys.hasher()),
                new AuditRepository(pg.dataSource()),
                new SimpleMeterRegistry())
            .start();
  }

  @AfterAll
  static void stop() {
    if (writer != null) {
      writer.stop(Duration.ofSeconds(10));
    }
    if (producer != null) {
      producer.close();
    }
    if (pg != null) {
      pg.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void aHeldQuestionWithoutFallbackWaitsFirstUntilStaffAnswer() throws Exception {
    // fallbackOnHold=false: the reply is held, no acknowledgement, only the task.
    question("off-1");
    send(Topics.REVIEW_TASKS, "off-1", outputTask("off-1", false));
    // fallbackOnHold=true: the acknowledgement (revision 1) and the task naming it.
    question("on-1");
    send(Topics.ANSWERS, "on-1", answer("on-1", 1, AnswerSource.FALLBACK));
    send(Topics.REVIEW_TASKS, "on-1", outputTask("on-1", true));
    // Acknowledged, but the audit has not seen the acknowledgement yet: the task says it was sent.
    question("on-2");
    send(Topics.REVIEW_TASKS, "on-2", outputTask("on-2", true));

    awaitRows("select count(*) from review_queue", 3);
    awaitRows("select count(*) from answers", 1);
    assertThat(waiting()).containsExactly("off-1");
    assertThat(queueOrder()).first().isEqualTo("off-1");
    assertThat(flags("off-1")).isEqualTo("acknowledged=f answered=f waiting=t decided=f");
    assertThat(flags("on-1")).isEqualTo("acknowledged=t answered=t waiting=f decided=f");
    assertThat(flags("on-2")).isEqualTo("acknowledged=t answered=f waiting=f decided=f");

    // Staff answer the waiting customer: revision 2, and their decision.
    send(Topics.REVIEW_DECISIONS, "off-1", decision("off-1"));
    send(Topics.ANSWERS, "off-1", answer("off-1", 2, AnswerSource.STAFF));

    awaitRows("select count(*) from review_queue where answered and decided", 1);
    assertThat(waiting()).isEmpty();
    assertThat(flags("off-1")).isEqualTo("acknowledged=f answered=t waiting=f decided=t");
  }

  // ---------------------------------------------------------------------------------------------

  private static ReviewTask outputTask(String qid, boolean fallbackSent) {
    return new ReviewTask(
        ReviewTask.SCHEMA_VERSION,
        qid + "#output",
        qid,
        "hanbit-market",
        "p-42",
        "ko-KR",
        "공휴일 표시되나요?",
        "네, 표시됩니다.",
        ModerationStage.OUTPUT,
        Verdict.HOLD,
        List.of(new ModerationReason("DEFINITIVE_CLAIM", "네, 표시됩니다", 0, 8)),
        fallbackSent ? AnswerEvent.answerId(qid, 1) : null,
        Events.T0.plusSeconds(3));
  }

  private static AnswerEvent answer(String qid, int revision, AnswerSource source) {
    return new AnswerEvent(
        AnswerEvent.SCHEMA_VERSION,
        qid,
        "hanbit-market",
        "p-42",
        AnswerEvent.answerId(qid, revision),
        revision,
        "확인 후 답변드리겠습니다.",
        "ko-KR",
        source,
        Events.T0.plusSeconds(60),
        source == AnswerSource.STAFF ? "staff-kim" : null);
  }

  private static ReviewDecision decision(String qid) {
    return new ReviewDecision(
        ReviewDecision.SCHEMA_VERSION,
        qid + "#decision",
        qid + "#output",
        qid,
        "hanbit-market",
        ReviewAction.ANSWER,
        "네, 2027년 공휴일이 표시됩니다.",
        "staff-kim",
        Events.T0.plusSeconds(60));
  }

  private static void question(String qid) throws Exception {
    send(Topics.QUESTIONS, qid, Events.question(qid));
  }

  private static void send(String topic, String key, Object event) throws Exception {
    producer.send(new ProducerRecord<>(topic, key, Json.toBytes(event))).get();
  }

  private static List<String> waiting() throws SQLException {
    return strings("select question_id from review_queue where customer_waiting");
  }

  private static List<String> queueOrder() throws SQLException {
    return strings("select question_id from review_queue");
  }

  private static String flags(String qid) throws SQLException {
    return strings(
            "select 'acknowledged=' || acknowledged || ' answered=' || answered || ' waiting='"
                + " || customer_waiting || ' decided=' || decided from review_queue"
                + " where question_id = '"
                + qid
                + "'")
        .getFirst()
        .replace("true", "t")
        .replace("false", "f");
  }

  private static void awaitRows(String countSql, long expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    long last = -1;
    while (System.nanoTime() < deadline) {
      last = Long.parseLong(strings(countSql).getFirst());
      if (last == expected) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        countSql + " stayed " + last + ", expected " + expected + "; writer " + writer.state());
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = pg.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
