package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.audit.AuditSettings;
import com.storefront.qa.audit.AuditWriter;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.ReviewTask;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kafka is the log of record, PostgreSQL the queryable store: with the database gone mid-run,
 * answers keep flowing, and the audit catches up afterwards with exactly one row per event; a
 * replay of the audit from offset 0 adds nothing. Real broker, real PostgreSQL, the orchestrator
 * topology and the audit writer, in acknowledge-only mode.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AuditResilienceIT {
  @TempDir static Path work;
  static InProcessPipeline pipeline;
  static final AtomicInteger sentValid = new AtomicInteger();
  static final Set<String> validIds = java.util.concurrent.ConcurrentHashMap.newKeySet();
  static int dlqSent;

  @BeforeAll
  static void start() {
    pipeline = InProcessPipeline.start(InProcessPipeline.Options.defaults(work));
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  @Order(1)
  void postgresDownMidRun_answersKeepFlowing_thenAuditHasExactlyOneRowPerEvent() throws Exception {
    String bootstrap = pipeline.bootstrapServers();
    try (Events.Collector<AnswerEvent> answers =
            new Events.Collector<>(
                bootstrap, Topics.ANSWERS, AnswerEvent.class, AnswerEvent::questionId);
        KafkaProducer<byte[], byte[]> producer = Events.producer(bootstrap)) {
      // ~30 questions/s for 15 s; PostgreSQL is down from second 4 to second 11.
      int total = 450;
      long t0 = System.currentTimeMillis();
      int answeredAtStop = -1;
      int answeredBeforeRestart = -1;
      AuditWriter.State auditStateWhileDown = null;
      for (int i = 0; i < total; i++) {
        long due = t0 + i * 1000L / 30;
        long wait = due - System.currentTimeMillis();
        if (wait > 0) {
          Thread.sleep(wait);
        }
        long elapsed = System.currentTimeMillis() - t0;
        if (answeredAtStop < 0 && elapsed >= 4000) {
          pipeline.postgres().stop();
          answeredAtStop = answers.distinct();
        }
        if (answeredBeforeRestart < 0 && elapsed >= 11_000) {
          answeredBeforeRestart = answers.distinct();
          auditStateWhileDown = pipeline.audit().state();
          pipeline.postgres().startServer();
        }
        if (i % 50 == 7) {
          // Invalid input lands in the DLQ (and its audit table) and gets no answer.
          producer.send(
              new ProducerRecord<>(
                  Topics.QUESTIONS,
                  ("bad-" + i).getBytes(StandardCharsets.UTF_8),
                  "{\"schemaVersion\":1,\"questionId\":\"bad-%d\"}"
                      .formatted(i)
                      .getBytes(StandardCharsets.UTF_8)));
          dlqSent++;
        }
        String id = "q-res-" + i;
        boolean korean = i % 2 == 0;
        QuestionEvent q =
            Events.question(
                id,
                korean ? "hanbit-market" : "northwind",
                korean ? "ko-KR" : "en-US",
                korean ? "사이즈 " + i + " 맞을까요?" : "Is size " + i + " true to fit?");
        producer.send(Events.record(q));
        validIds.add(id);
        sentValid.incrementAndGet();
        if (i % 100 == 3) {
          producer.send(Events.record(q)); // a duplicate: de-duplicated, no second answer
        }
      }
      producer.flush();

      // Answers kept flowing while PostgreSQL was down (about 7 s at 30/s = ~210 questions).
      assertThat(answeredAtStop).isGreaterThan(0);
      assertThat(answeredBeforeRestart - answeredAtStop)
          .as("answers published while PostgreSQL was down")
          .isGreaterThan(120);
      assertThat(auditStateWhileDown).isEqualTo(AuditWriter.State.RETRYING);

      Events.await(
          "an answer for every question",
          Duration.ofSeconds(60),
          () -> answers.distinct() >= total);
      Thread.sleep(500);
      Map<String, List<AnswerEvent>> byQuestion = answers.byId(AnswerEvent::questionId);
      assertThat(byQuestion.keySet()).isEqualTo(validIds);
      byQuestion.forEach(
          (id, list) -> {
            assertThat(list).as("answers for " + id).hasSize(1);
            assertThat(list.get(0).revision()).isEqualTo(1);
            assertThat(list.get(0).source()).isEqualTo(AnswerSource.FALLBACK);
          });
    }

    // The audit catches up: exactly one row per event, none missing, nothing rejected.
    Map<String, Long> expected = expectedRows();
    assertThat(expected.get("questions")).isEqualTo(sentValid.get());
    assertThat(expected.get("dlq_records")).isEqualTo(dlqSent);
    Events.await(
        "the audit to catch up " + expected,
        Duration.ofSeconds(90),
        () -> pipeline.audit().lag() == 0 && actualRows(expected.keySet()).equals(expected));
    assertThat(actualRows(expected.keySet())).isEqualTo(expected);
    // The invalid question records are kept, once each, as audit rejects (and in dlq_records).
    assertThat(pipeline.count("audit_rejects")).isEqualTo(dlqSent);
    assertThat(pipeline.audit().state()).isEqualTo(AuditWriter.State.RUNNING);
  }

  @Test
  @Order(2)
  void replayingTheAuditFromOffsetZero_addsNoRows() {
    Map<String, Long> before = actualRows(expectedRows().keySet());
    long records = 0;
    for (String topic : Topics.ALL) {
      records += Events.readAll(pipeline.bootstrapServers(), topic).size();
    }
    SimpleMeterRegistry meters = new SimpleMeterRegistry();
    AuditWriter replay =
        pipeline
            .newAuditWriter(AuditSettings.defaults().withGroupId("qa-audit-replay"), meters)
            .start();
    try {
      long all = records;
      Events.await(
          "the replay to read all " + all + " records",
          Duration.ofSeconds(60),
          () -> replay.recordsAudited() >= all && replay.lag() == 0);
      assertThat(replay.recordsAudited()).isEqualTo(records);
    } finally {
      replay.stop(Duration.ofSeconds(10));
    }
    assertThat(actualRows(before.keySet())).isEqualTo(before);
    double written =
        meters.find("qa.audit.rows.written").counters().stream().mapToDouble(Counter::count).sum();
    double unchanged =
        meters.find("qa.audit.rows.unchanged").counters().stream()
            .mapToDouble(Counter::count)
            .sum();
    assertThat(written).as("rows written by the replay").isZero();
    assertThat(unchanged).as("rows the replay found already there").isEqualTo((double) records);
  }

  /** Distinct events per audit table, read back from Kafka (read_committed). */
  static Map<String, Long> expectedRows() {
    String b = pipeline.bootstrapServers();
    Map<String, Long> m = new LinkedHashMap<>();
    Set<String> questionIds = new HashSet<>();
    for (var r : Events.readAll(b, Topics.QUESTIONS)) {
      String key = new String(r.key(), StandardCharsets.UTF_8);
      if (!key.startsWith("bad-")) {
        questionIds.add(key);
      }
    }
    m.put("questions", (long) questionIds.size());
    m.put("dlq_records", (long) Events.readAll(b, Topics.QUESTIONS_DLQ).size());
    m.put(
        "answers",
        Events.readAll(b, Topics.ANSWERS, AnswerEvent.class).stream()
            .map(AnswerEvent::answerId)
            .distinct()
            .count());
    m.put(
        "moderation_verdicts",
        Events.readAll(b, Topics.MODERATION, ModerationVerdict.class).stream()
            .map(ModerationVerdict::verdictId)
            .distinct()
            .count());
    m.put(
        "review_tasks",
        Events.readAll(b, Topics.REVIEW_TASKS, ReviewTask.class).stream()
            .map(ReviewTask::taskId)
            .distinct()
            .count());
    m.put("generation_requests", (long) Events.readAll(b, Topics.GENERATION_REQUESTS).size());
    return m;
  }

  static Map<String, Long> actualRows(Set<String> tables) {
    Map<String, Long> m = new LinkedHashMap<>();
    for (String t : tables) {
      m.put(t, pipeline.count(t));
    }
    return m;
  }
}
