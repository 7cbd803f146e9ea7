package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.support.Answers;
import com.storefront.qa.orchestrator.support.ChildOrchestrator;
import com.storefront.qa.orchestrator.support.Orchestrators;
import com.storefront.qa.orchestrator.support.QuestionProducer;
import com.storefront.qa.orchestrator.support.Questions;
import com.storefront.qa.orchestrator.support.QuietLogs;
import com.storefront.qa.orchestrator.support.TopicReader;
import com.storefront.qa.testkit.KafkaBroker;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The orchestrator stopped or killed part-way through a 500-question run, then replaced by a new
 * instance with the same application id: every question still gets exactly one answer, as a
 * read_committed consumer sees it.
 */
class RestartIT {
  private static final int QUESTIONS = 500;
  private static final Duration WAIT = Duration.ofSeconds(120);

  private static KafkaBroker broker;
  private static QuestionProducer producer;

  @BeforeAll
  static void start() {
    QuietLogs.apply();
    broker = KafkaBroker.start();
    broker.createSystemTopics(2);
    producer = new QuestionProducer(broker.bootstrapServers());
  }

  @AfterAll
  static void stop() {
    if (producer != null) {
      producer.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @Test
  void aGracefulStopAndRestartMidRunStillAnswersEveryQuestionOnce() throws Exception {
    String appId = "qa-restart-graceful";
    try (TopicReader answers = new TopicReader(broker.bootstrapServers(), Topics.ANSWERS)) {
      KafkaStreams first =
          Orchestrators.start(props(appId, "a"), QaSettings.defaults(), QaMetrics.inMemory());
      send("grace-", 0, QUESTIONS / 2);
      answers.awaitAll(r -> Answers.distinctAtLeast(r, "grace-", 60), WAIT);
      Orchestrators.stop(first);

      send("grace-", QUESTIONS / 2, QUESTIONS);
      send("grace-", 0, 50); // replays of questions the first instance answered
      // A fresh state directory: the second instance restores its stores from the changelogs.
      KafkaStreams second =
          Orchestrators.start(props(appId, "b"), QaSettings.defaults(), QaMetrics.inMemory());
      try {
        answers.awaitAll(r -> Answers.distinctAtLeast(r, "grace-", QUESTIONS), WAIT);
        assertExactlyOneAnswerEach(answers.drain(Duration.ofSeconds(3)), "grace-");
      } finally {
        Orchestrators.stop(second);
      }
    }
  }

  @Test
  void aKilledInstanceIsReplacedAndEveryQuestionIsStillAnsweredOnce() throws Exception {
    String appId = "qa-restart-crash";
    Path stateDir = Files.createTempDirectory("qa-crash-state");
    Path log = Files.createTempFile("qa-crash-child", ".log");
    try (TopicReader answers = new TopicReader(broker.bootstrapServers(), Topics.ANSWERS)) {
      ChildOrchestrator child =
          ChildOrchestrator.start(broker.bootstrapServers(), appId, stateDir, log);
      // Questions keep arriving while the instance is killed.
      CompletableFuture<Void> sending =
          CompletableFuture.runAsync(
              () -> {
                for (int i = 0; i < QUESTIONS; i += 10) {
                  send("crash-", i, i + 10);
                  sleep(40);
                }
              });
      long answeredBeforeKill =
          Answers.countByQuestion(
                  Answers.withPrefix(
                      answers.awaitAll(r -> Answers.distinctAtLeast(r, "crash-", 50), WAIT),
                      "crash-"))
              .size();
      child.kill();
      assertThat(child.isAlive()).isFalse();
      assertThat(answeredBeforeKill).as("killed part-way through the run").isLessThan(QUESTIONS);
      sending.get();
      send("crash-", 0, 50); // replays

      // Same application id and the dead instance's state directory (dirty, no checkpoint).
      KafkaStreams successor =
          Orchestrators.start(
              Orchestrators.props(broker.bootstrapServers(), appId, stateDir),
              QaSettings.defaults(),
              QaMetrics.inMemory());
      try {
        answers.awaitAll(r -> Answers.distinctAtLeast(r, "crash-", QUESTIONS), WAIT);
        assertExactlyOneAnswerEach(answers.drain(Duration.ofSeconds(3)), "crash-");
      } finally {
        Orchestrators.stop(successor);
      }
    }
  }

  @Test
  void pendingGenerationsSurviveARestartAndAreFinishedByTheSuccessor() throws Exception {
    String appId = "qa-restart-pending";
    producer.send(
        Topics.SHOP_POLICIES,
        "gen-shop".getBytes(StandardCharsets.UTF_8),
        "{\"shopId\":\"gen-shop\",\"generationEnabled\":true,\"generationTimeoutMs\":10000}"
            .getBytes(StandardCharsets.UTF_8));
    producer.flush();
    int n = 20;
    try (TopicReader answers = new TopicReader(broker.bootstrapServers(), Topics.ANSWERS);
        TopicReader requests =
            new TopicReader(broker.bootstrapServers(), Topics.GENERATION_REQUESTS)) {
      KafkaStreams first =
          Orchestrators.start(props(appId, "p1"), QaSettings.defaults(), QaMetrics.inMemory());
      for (int i = 0; i < n; i++) {
        String id = "pend-" + i;
        producer.send(
            Topics.QUESTIONS,
            Questions.key(id),
            Questions.json(id, "gen-shop", "ko-KR", Questions.KO_TEXT));
      }
      producer.flush();
      requests.awaitAll(r -> r.size() >= n, WAIT);
      Orchestrators.stop(first);
      assertThat(Answers.withPrefix(answers.drain(Duration.ofMillis(500)), "pend-")).isEmpty();

      // The successor restores the pending store; half the results arrive, half never do.
      KafkaStreams second =
          Orchestrators.start(props(appId, "p2"), QaSettings.defaults(), QaMetrics.inMemory());
      try {
        String reply = "문의해 주셔서 감사합니다. 담당자가 확인한 후 정확한 답변을 드리겠습니다. 조금만 기다려 주세요.";
        for (int i = 0; i < n; i += 2) {
          String id = "pend-" + i;
          producer.send(
              Topics.GENERATION_RESULTS,
              Questions.key(id),
              Json.toBytes(Questions.completed(id, reply, -0.3)));
        }
        producer.flush();
        answers.awaitAll(r -> Answers.distinctAtLeast(r, "pend-", n), WAIT);
        List<AnswerEvent> got = Answers.withPrefix(answers.drain(Duration.ofSeconds(2)), "pend-");
        assertThat(Answers.countByQuestion(got))
            .hasSize(n)
            .allSatisfy((id, c) -> assertThat(c).as(id).isOne());
        for (AnswerEvent a : got) {
          int i = Integer.parseInt(a.questionId().substring("pend-".length()));
          assertThat(a.source())
              .as(a.questionId())
              .isEqualTo(i % 2 == 0 ? AnswerSource.MODEL : AnswerSource.FALLBACK);
        }
      } finally {
        Orchestrators.stop(second);
      }
    }
  }

  private static java.util.Properties props(String appId, String instance) throws Exception {
    return Orchestrators.props(
        broker.bootstrapServers(), appId, Files.createTempDirectory("qa-restart-" + instance));
  }

  private static void assertExactlyOneAnswerEach(
      List<org.apache.kafka.clients.consumer.ConsumerRecord<byte[], byte[]>> records,
      String prefix) {
    List<AnswerEvent> got = Answers.withPrefix(records, prefix);
    assertThat(Answers.countByQuestion(got))
        .hasSize(QUESTIONS)
        .allSatisfy((id, n) -> assertThat(n).as(id).isOne());
    assertThat(got).hasSize(QUESTIONS);
  }

  private static void send(String prefix, int from, int to) {
    for (int i = from; i < to; i++) {
      String id = prefix + i;
      boolean korean = i % 2 == 0;
      producer.send(
          Topics.QUESTIONS,
          Questions.key(id),
          Questions.json(
              id,
              "shop-" + (i % 4),
              korean ? "ko-KR" : "en-US",
              korean ? Questions.KO_TEXT : Questions.EN_TEXT));
    }
    producer.flush();
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
