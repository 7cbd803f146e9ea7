package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.orchestrator.support.Harness;
import com.storefront.qa.orchestrator.support.Questions;
import java.util.List;
import org.apache.kafka.common.errors.TimeoutException;
import org.junit.jupiter.api.Test;

/** A question once seen ends in an answer (or the DLQ), never in silence, whatever breaks. */
class RoutingFailureTest {

  @Test
  void anUnexpectedErrorWhileRoutingStillAcknowledgesTheCustomerAndTellsStaff() {
    try (Harness h = new Harness(QaSettings.defaults().withGenerationEnabledByDefault(true))) {
      h.clock.failNextRead(new IllegalStateException("a bug while routing"));
      h.ask("q-1", "shop-a", "ko-KR", Questions.KO_TEXT);
      h.ask("q-2", "shop-a", "en", Questions.EN_TEXT);

      List<AnswerEvent> answers = h.answers.readValuesToList();
      assertThat(answers).extracting(AnswerEvent::questionId).containsExactly("q-1");
      assertThat(answers.get(0).source()).isEqualTo(AnswerSource.FALLBACK);
      assertThat(answers.get(0).text()).isEqualTo(DefaultPolicy.ACKNOWLEDGEMENTS.get("ko"));
      assertThat(answers.get(0).locale()).isEqualTo("ko-KR");
      ReviewTask task = h.reviews.readValue();
      assertThat(task.questionId()).isEqualTo("q-1");
      assertThat(task.reasons())
          .extracting(r -> r.code() + ":" + r.evidence())
          .containsExactly("ROUTING_ERROR:java.lang.IllegalStateException");
      assertThat(task.fallbackAnswerId()).isEqualTo("q-1#r1");
      // The next question is routed as usual: it asks a worker for a draft.
      assertThat(h.requests.readValuesToList())
          .extracting(r -> r.questionId())
          .containsExactly("q-2");
      assertThat(h.metrics.count("qa.routing.failures")).isEqualTo(1);
    }
  }

  @Test
  void aQuestionAnsweredByTheLastResortIsNotAnsweredAgainWhenResent() {
    try (Harness h = new Harness(QaSettings.defaults())) {
      h.clock.failNextRead(new IllegalStateException("a bug while routing"));
      h.ask("q-1", "shop-a", "en", Questions.EN_TEXT);
      h.ask("q-1", "shop-a", "en", Questions.EN_TEXT);

      assertThat(h.answers.readValuesToList()).hasSize(1);
    }
  }

  @Test
  void aRetriableErrorIsNotSwallowedSoTheTaskRetriesTheQuestion() {
    try (Harness h = new Harness(QaSettings.defaults())) {
      h.clock.failNextRead(new TimeoutException("broker slow"));
      try {
        h.ask("q-1", "shop-a", "en", Questions.EN_TEXT);
      } catch (RuntimeException expected) {
        // the test driver surfaces the failed task
      }
      assertThat(h.answers.isEmpty()).isTrue();
      assertThat(h.metrics.count("qa.routing.failures")).isZero();
    }
  }
}
