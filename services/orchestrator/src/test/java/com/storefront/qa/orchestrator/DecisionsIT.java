package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ReviewAction;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.support.Answers;
import com.storefront.qa.orchestrator.support.Orchestrators;
import com.storefront.qa.orchestrator.support.QuestionProducer;
import com.storefront.qa.orchestrator.support.Questions;
import com.storefront.qa.orchestrator.support.QuietLogs;
import com.storefront.qa.orchestrator.support.TopicReader;
import com.storefront.qa.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Staff decisions on a real broker: each publishing decision is one revision on {@code
 * storefront.answers.v1}, however often the console sends it and whatever key it uses.
 */
class DecisionsIT {
  private static final Duration WAIT = Duration.ofSeconds(90);

  private static KafkaBroker broker;
  private static KafkaStreams orchestrator;
  private static QuestionProducer producer;
  private static TopicReader answers;

  @BeforeAll
  static void start() throws Exception {
    QuietLogs.apply();
    broker = KafkaBroker.start();
    broker.createSystemTopics(3);
    producer = new QuestionProducer(broker.bootstrapServers());
    orchestrator =
        Orchestrators.start(
            Orchestrators.props(
                broker.bootstrapServers(),
                "qa-orchestrator-decisions-it",
                Files.createTempDirectory("qa-decisions-it")),
            QaSettings.defaults(),
            QaMetrics.inMemory());
    answers = new TopicReader(broker.bootstrapServers(), Topics.ANSWERS);
  }

  @AfterAll
  static void stop() {
    if (answers != null) {
      answers.close();
    }
    if (orchestrator != null) {
      Orchestrators.stop(orchestrator);
    }
    if (producer != null) {
      producer.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void retriedAndDifferentlyKeyedDecisionsEachBecomeExactlyOneRevision() {
    int n = 12;
    for (int i = 0; i < n; i++) {
      String id = "dec-" + i;
      producer.send(
          Topics.QUESTIONS,
          Questions.key(id),
          Questions.json(id, "shop-d", "ko-KR", Questions.KO_TEXT));
    }
    producer.flush();
    answers.awaitAll(r -> Answers.distinctAtLeast(r, "dec-", n), WAIT);

    for (int i = 0; i < n; i++) {
      ReviewDecision d =
          new ReviewDecision(
              1,
              "decision-" + i,
              "dec-" + i + "#input",
              "dec-" + i,
              "shop-d",
              ReviewAction.ANSWER,
              "네, 표시되어 있습니다. (" + i + ")",
              "mina@shop-d",
              Instant.parse("2026-11-22T11:00:00Z"));
      // The console retries: the same decision three times, keyed by its task, not its question.
      for (int attempt = 0; attempt < 3; attempt++) {
        producer.send(
            Topics.REVIEW_DECISIONS, d.taskId().getBytes(StandardCharsets.UTF_8), Json.toBytes(d));
      }
    }
    producer.flush();

    answers.awaitAll(r -> staffAnswers(r).size() >= n, WAIT);
    List<AnswerEvent> staff = staffAnswers(answers.drain(Duration.ofSeconds(3)));
    assertThat(Answers.countByQuestion(staff))
        .hasSize(n)
        .allSatisfy((id, count) -> assertThat(count).as(id).isOne());
    assertThat(staff)
        .allSatisfy(
            a -> {
              assertThat(a.revision()).isEqualTo(2);
              assertThat(a.answerId()).isEqualTo(a.questionId() + "#r2");
              assertThat(a.reviewer()).isEqualTo("mina@shop-d");
              assertThat(a.locale()).isEqualTo("ko-KR");
            });
  }

  private static List<AnswerEvent> staffAnswers(List<ConsumerRecord<byte[], byte[]>> records) {
    return Answers.withPrefix(records, "dec-").stream()
        .filter(a -> a.source() == AnswerSource.STAFF)
        .toList();
  }
}
