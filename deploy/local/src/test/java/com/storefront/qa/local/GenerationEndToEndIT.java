package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generation on, end to end: questions run through the orchestrator topology, the reply worker's
 * real {@code GenerationLoop} and the real engine on a tiny random EXAONE-shaped checkpoint that
 * this test writes, then output moderation. A random model writes noise, so most replies are held
 * and the customer gets the acknowledgement (FALLBACK); either way every question gets exactly one
 * revision-1 answer, and every generation request gets exactly one generation result.
 */
class GenerationEndToEndIT {
  @TempDir static Path work;
  static InProcessPipeline pipeline;

  @BeforeAll
  static void start() throws Exception {
    Path model = work.resolve("tiny-exaone");
    TinyCheckpoint.write(model, TinyCheckpoint.Spec.small("exaone"));
    pipeline =
        InProcessPipeline.start(InProcessPipeline.Options.defaults(work).withGeneration(model));
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void everyQuestionGetsOneAnswer_everyRequestOneResult() throws Exception {
    String b = pipeline.bootstrapServers();
    List<String[]> texts =
        List.of(
            new String[] {"hanbit-market", "ko-KR", "이 다이어리에 내년도 공휴일이 표시되어 있나요?"},
            new String[] {"hanbit-market", "ko-KR", "165cm 55kg인데 M이랑 L 중에 뭐가 맞을까요?"},
            new String[] {"hanbit-market", "ko-KR", "도정일이 언제인가요?"},
            new String[] {"hanbit-market", "ko-KR", "노트북 14인치 들어가요?"},
            new String[] {"northwind", "en-US", "Is the lid dishwasher safe?"},
            new String[] {"northwind", "en-US", "Do these shrink in the dryer?"},
            new String[] {
              "northwind", "en-US", "Will it drive two 4K monitors from a MacBook Air?"
            },
            new String[] {"northwind", "en-US", "Is it latex-free? I have an allergy."});
    Set<String> ids = new HashSet<>();
    try (Events.Collector<AnswerEvent> answers =
            new Events.Collector<>(b, Topics.ANSWERS, AnswerEvent.class, AnswerEvent::questionId);
        Events.Collector<GenerationResult> results =
            new Events.Collector<>(
                b, Topics.GENERATION_RESULTS, GenerationResult.class, GenerationResult::requestId);
        KafkaProducer<byte[], byte[]> producer = Events.producer(b)) {
      for (int i = 0; i < texts.size(); i++) {
        String[] t = texts.get(i);
        String id = "q-gen-" + i;
        ids.add(id);
        producer.send(Events.record(Events.question(id, t[0], t[1], t[2])));
      }
      producer.flush();

      Events.await(
          "an answer for every question",
          Duration.ofSeconds(90),
          () -> answers.distinct() >= ids.size());
      Events.await(
          "a result for every request",
          Duration.ofSeconds(30),
          () -> results.distinct() >= ids.size());
      Thread.sleep(1500); // a duplicate answer or result would show up now

      List<GenerationRequest> requests =
          Events.readAll(b, Topics.GENERATION_REQUESTS, GenerationRequest.class);
      assertThat(requests).hasSize(ids.size());
      Map<String, List<GenerationResult>> resultsByRequest =
          results.byId(GenerationResult::requestId);
      for (GenerationRequest request : requests) {
        assertThat(resultsByRequest.get(request.requestId()))
            .as("results for " + request.requestId())
            .hasSize(1);
        GenerationResult result = resultsByRequest.get(request.requestId()).get(0);
        assertThat(result.questionId()).isEqualTo(request.questionId());
        assertThat(result.workerId()).isNotBlank();
      }

      Map<String, List<AnswerEvent>> byQuestion = answers.byId(AnswerEvent::questionId);
      assertThat(byQuestion.keySet()).isEqualTo(ids);
      for (var entry : byQuestion.entrySet()) {
        assertThat(entry.getValue()).as("answers for " + entry.getKey()).hasSize(1);
        AnswerEvent a = entry.getValue().get(0);
        assertThat(a.revision()).isEqualTo(1);
        assertThat(a.source()).isIn(AnswerSource.MODEL, AnswerSource.FALLBACK);
        assertThat(a.text()).isNotBlank();
      }
    }

    Events.await(
        "the audit of every generation",
        Duration.ofSeconds(30),
        () ->
            pipeline.count("generation_results") == ids.size()
                && pipeline.count("answers") == ids.size());
  }
}
