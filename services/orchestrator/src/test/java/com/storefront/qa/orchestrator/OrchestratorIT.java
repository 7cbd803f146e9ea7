package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.DlqHeaders;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.contracts.testing.MalformedQuestions;
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
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real topology on a real broker with the application's exactly-once settings. */
class OrchestratorIT {
  private static final String KO_ACK = DefaultPolicy.ACKNOWLEDGEMENTS.get("ko");
  private static final String EN_ACK = DefaultPolicy.ACKNOWLEDGEMENTS.get("en");
  private static final Duration WAIT = Duration.ofSeconds(90);

  private static KafkaBroker broker;
  private static KafkaStreams orchestrator;
  private static QuestionProducer producer;
  private static TopicReader answers;

  @BeforeAll
  static void start() throws Exception {
    QuietLogs.apply();
    broker = KafkaBroker.start();
    broker.createSystemTopics(2);
    producer = new QuestionProducer(broker.bootstrapServers());
    // One shop generates (with a short deadline); every other shop is acknowledge-only.
    producer.send(
        Topics.SHOP_POLICIES,
        "gen-shop".getBytes(StandardCharsets.UTF_8),
        "{\"shopId\":\"gen-shop\",\"generationEnabled\":true,\"generationTimeoutMs\":8000}"
            .getBytes(StandardCharsets.UTF_8));
    producer.flush();
    Path stateDir = Files.createTempDirectory("qa-it-state");
    orchestrator =
        Orchestrators.start(
            Orchestrators.props(broker.bootstrapServers(), "qa-orchestrator-it", stateDir),
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
  void fiveHundredQuestionsInKoreanAndEnglishGetExactlyFiveHundredAnswersInTheirLanguage() {
    for (int i = 0; i < 500; i++) {
      String id = "bulk-" + i;
      boolean korean = i % 2 == 0;
      String locale = i % 3 == 0 ? null : korean ? "ko-KR" : "en-US";
      producer.send(
          Topics.QUESTIONS,
          Questions.key(id),
          Questions.json(
              id, "shop-" + (i % 5), locale, korean ? Questions.KO_TEXT : Questions.EN_TEXT));
    }
    producer.flush();

    answers.awaitAll(r -> Answers.distinctAtLeast(r, "bulk-", 500), WAIT);
    List<AnswerEvent> got = Answers.withPrefix(answers.drain(Duration.ofSeconds(2)), "bulk-");

    assertThat(got).hasSize(500);
    assertThat(Answers.countByQuestion(got))
        .hasSize(500)
        .allSatisfy((id, n) -> assertThat(n).isOne());
    for (AnswerEvent a : got) {
      int i = Integer.parseInt(a.questionId().substring("bulk-".length()));
      boolean korean = i % 2 == 0;
      assertThat(a.text()).as(a.questionId()).isEqualTo(korean ? KO_ACK : EN_ACK);
      String expectedLocale = i % 3 == 0 ? (korean ? "ko" : "en") : korean ? "ko-KR" : "en-US";
      assertThat(a.locale()).as(a.questionId()).isEqualTo(expectedLocale);
      assertThat(a.source()).isEqualTo(AnswerSource.FALLBACK);
      assertThat(a.shopId()).isEqualTo("shop-" + (i % 5));
      assertThat(a.answerId()).isEqualTo(a.questionId() + "#r1");
    }
  }

  @Test
  void theSameQuestionSentThreeTimesIsAnsweredOnce() {
    for (int i = 0; i < 3; i++) {
      producer.send(
          Topics.QUESTIONS,
          Questions.key("dup-1"),
          Questions.json("dup-1", "shop-1", "ko-KR", Questions.KO_TEXT));
      producer.flush();
    }
    producer.send(
        Topics.QUESTIONS,
        Questions.key("dup-marker"),
        Questions.json("dup-marker", "shop-1", "en", Questions.EN_TEXT));
    producer.flush();

    answers.awaitAll(r -> Answers.distinctAtLeast(r, "dup-", 2), WAIT);
    List<AnswerEvent> got = Answers.withPrefix(answers.drain(Duration.ofSeconds(3)), "dup-");
    assertThat(Answers.countByQuestion(got))
        .containsEntry("dup-1", 1L)
        .containsEntry("dup-marker", 1L);
  }

  @Test
  void everyMalformedRecordLandsInTheDlqWithItsReasonAndEveryValidOneIsAnswered() {
    List<MalformedQuestions.Case> cases = MalformedQuestions.all("mix-bad");
    for (int i = 0; i < cases.size(); i++) {
      String id = "mix-ok-" + i;
      producer.send(
          Topics.QUESTIONS,
          Questions.key(id),
          Questions.json(id, "shop-2", "en", Questions.EN_TEXT));
      producer.send(Topics.QUESTIONS, cases.get(i).key(), cases.get(i).value());
    }
    producer.flush();

    List<ConsumerRecord<byte[], byte[]>> dead;
    try (TopicReader dlq = new TopicReader(broker.bootstrapServers(), Topics.QUESTIONS_DLQ)) {
      dlq.awaitAll(r -> r.size() >= cases.size(), WAIT);
      dead = dlq.drain(Duration.ofSeconds(2));
    }
    assertThat(dead).hasSize(cases.size());
    List<ConsumerRecord<byte[], byte[]>> unmatched = new ArrayList<>(dead);
    for (MalformedQuestions.Case c : cases) {
      ConsumerRecord<byte[], byte[]> match =
          unmatched.stream()
              .filter(r -> Arrays.equals(r.key(), c.key()) && Arrays.equals(r.value(), c.value()))
              .findFirst()
              .orElseThrow(() -> new AssertionError("not in the DLQ unchanged: " + c.name()));
      unmatched.remove(match);
      assertThat(header(match, DlqHeaders.REASON)).as(c.name()).isEqualTo(c.expected().name());
      assertThat(header(match, DlqHeaders.SOURCE_TOPIC)).isEqualTo(Topics.QUESTIONS);
      assertThat(header(match, DlqHeaders.SOURCE_PARTITION)).isIn("0", "1");
      assertThat(header(match, DlqHeaders.SOURCE_OFFSET)).matches("\\d+");
      assertThat(header(match, DlqHeaders.REJECTED_AT)).isNotBlank();
    }

    answers.awaitAll(r -> Answers.distinctAtLeast(r, "mix-ok-", cases.size()), WAIT);
    List<AnswerEvent> got = Answers.withPrefix(answers.drain(Duration.ofSeconds(1)), "mix-ok-");
    assertThat(Answers.countByQuestion(got))
        .hasSize(cases.size())
        .allSatisfy((id, n) -> assertThat(n).isOne());
  }

  @Test
  void generationRoundTripThroughAWorkerWithFailuresDeadlinesAndLateResults() {
    int n = 20;
    for (int i = 0; i < n; i++) {
      String id = "gen-" + i;
      producer.send(
          Topics.QUESTIONS,
          Questions.key(id),
          Questions.json(id, "gen-shop", "ko-KR", Questions.KO_TEXT));
    }
    producer.flush();

    List<GenerationRequest> requests;
    try (TopicReader requestReader =
        new TopicReader(broker.bootstrapServers(), Topics.GENERATION_REQUESTS)) {
      requests =
          requestReader.awaitAll(r -> r.size() >= n, WAIT).stream()
              .map(r -> Json.fromBytes(r.value(), GenerationRequest.class))
              .filter(r -> r.questionId().startsWith("gen-"))
              .toList();
    }
    assertThat(requests).hasSize(n);
    // The worker: gen-0 fails, gen-1 never answers (deadline), the rest reply cleanly.
    String reply = "문의해 주셔서 감사합니다. 담당자가 확인한 후 정확한 답변을 드리겠습니다. 조금만 기다려 주세요.";
    for (GenerationRequest r : requests) {
      GenerationResult result =
          switch (r.questionId()) {
            case "gen-0" -> Questions.failed(r.questionId());
            case "gen-1" -> null;
            default -> Questions.completed(r.questionId(), reply, -0.3);
          };
      if (result != null) {
        producer.send(
            Topics.GENERATION_RESULTS, Questions.key(r.questionId()), Json.toBytes(result));
      }
    }
    producer.flush();

    answers.awaitAll(r -> Answers.distinctAtLeast(r, "gen-", n), WAIT);
    // Now the late result for gen-1 arrives: it must change nothing.
    producer.send(
        Topics.GENERATION_RESULTS,
        Questions.key("gen-1"),
        Json.toBytes(Questions.completed("gen-1", reply, -0.3)));
    producer.flush();
    List<AnswerEvent> got = Answers.withPrefix(answers.drain(Duration.ofSeconds(3)), "gen-");

    assertThat(Answers.countByQuestion(got))
        .hasSize(n)
        .allSatisfy((id, c) -> assertThat(c).isOne());
    Map<String, AnswerEvent> byId = Answers.byQuestion(got);
    assertThat(byId.get("gen-0").source()).isEqualTo(AnswerSource.FALLBACK);
    assertThat(byId.get("gen-1").source()).isEqualTo(AnswerSource.FALLBACK);
    assertThat(byId.get("gen-1").text()).isEqualTo(KO_ACK);
    for (int i = 2; i < n; i++) {
      AnswerEvent a = byId.get("gen-" + i);
      assertThat(a.source()).as(a.questionId()).isEqualTo(AnswerSource.MODEL);
      assertThat(a.text()).isEqualTo(reply);
    }
  }

  private static String header(ConsumerRecord<byte[], byte[]> record, String name) {
    Header h = record.headers().lastHeader(name);
    return h == null ? null : new String(h.value(), StandardCharsets.UTF_8);
  }
}
