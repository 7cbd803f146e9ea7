package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.route.QuestionRouter;
import com.storefront.qa.orchestrator.support.Harness;
import com.storefront.qa.orchestrator.support.Questions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A moderation library that throws must never let text through unchecked, nor stop the flow. */
class ModerationFailureTest {
  private static final Check BROKEN =
      subject -> {
        throw new IllegalStateException("bug in a check");
      };

  @Test
  void aFailingInputCheckHoldsTheQuestion() {
    try (Harness h =
        new Harness(
            QaSettings.defaults().withGenerationEnabledByDefault(true),
            new Moderator(List.of(BROKEN), List.of()))) {
      h.ask("q-1", "shop-a", "ko-KR", Questions.KO_TEXT);
      h.ask("q-2", "shop-a", "en", Questions.EN_TEXT);

      assertThat(h.requests.isEmpty()).isTrue();
      assertThat(h.answers.readValuesToList())
          .extracting(a -> a.questionId() + ":" + a.source())
          .containsExactly("q-1:FALLBACK", "q-2:FALLBACK");
      List<ReviewTask> tasks = h.reviews.readValuesToList();
      assertThat(tasks).hasSize(2);
      assertThat(tasks.get(0).verdict()).isEqualTo(Verdict.HOLD);
      assertThat(tasks.get(0).reasons())
          .extracting(r -> r.code())
          .containsExactly(QuestionRouter.MODERATION_ERROR);
      assertThat(tasks.get(0).question()).isEmpty();
      assertThat(h.metrics.count("qa.moderation.errors", "stage", "INPUT")).isEqualTo(2);
    }
  }

  @Test
  void aFailingReplyCheckHoldsTheReply() {
    try (Harness h =
        new Harness(
            QaSettings.defaults().withGenerationEnabledByDefault(true),
            new Moderator(List.of(), List.of(BROKEN)))) {
      h.ask("q-1", "shop-a", "ko-KR", Questions.KO_TEXT);
      h.reply(Questions.completed("q-1", "확인 후 답변드리겠습니다.", -0.2));

      assertThat(h.answers.readValue().source()).isEqualTo(AnswerSource.FALLBACK);
      ReviewTask task = h.reviews.readValue();
      assertThat(task.stage()).isEqualTo(ModerationStage.OUTPUT);
      assertThat(task.draftReply()).isEqualTo("확인 후 답변드리겠습니다.");
      assertThat(task.reasons())
          .extracting(r -> r.code())
          .containsExactly(QuestionRouter.MODERATION_ERROR);
    }
  }
}
