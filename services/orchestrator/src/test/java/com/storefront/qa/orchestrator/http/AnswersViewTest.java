package com.storefront.qa.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.orchestrator.http.answers.AnswersView;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AnswersViewTest {
  static AnswerEvent answer(String id, int revision, AnswerSource source) {
    return new AnswerEvent(
        1,
        id,
        "shop-a",
        "p-42",
        AnswerEvent.answerId(id, revision),
        revision,
        "text " + revision,
        "en",
        source,
        Instant.parse("2026-11-22T10:00:00Z"),
        source == AnswerSource.STAFF ? "kim" : null);
  }

  @Test
  void keepsEveryRevisionInOrderAndAReplayReplacesItself() {
    AnswersView view = new AnswersView(10);
    view.add(answer("q1", 2, AnswerSource.STAFF));
    view.add(answer("q1", 1, AnswerSource.FALLBACK));
    view.add(answer("q1", 1, AnswerSource.FALLBACK));
    assertThat(view.revisions("q1")).extracting(AnswerEvent::revision).containsExactly(1, 2);
    assertThat(view.first("q1").orElseThrow().source()).isEqualTo(AnswerSource.FALLBACK);
    assertThat(view.revisions("unknown")).isEmpty();
  }

  @Test
  void theFirstRequestSendsLaterOnesShareItsAnswer() {
    AnswersView view = new AnswersView(10);
    AnswersView.Waiter first = view.await("q1");
    AnswersView.Waiter second = view.await("q1");
    assertThat(first.first()).isTrue();
    assertThat(second.first()).isFalse();
    assertThat(second.answer()).isSameAs(first.answer());
    view.add(answer("q1", 1, AnswerSource.MODEL));
    assertThat(first.answer()).isCompletedWithValueMatching(a -> a.revision() == 1);
    assertThat(view.waitingCount()).isZero();
  }

  @Test
  void anAnswerAlreadyThereCompletesTheWaiterAtOnce() {
    AnswersView view = new AnswersView(10);
    view.add(answer("q1", 1, AnswerSource.FALLBACK));
    assertThat(view.await("q1").answer()).isCompleted();
    assertThat(view.waitingCount()).isZero();
  }

  @Test
  void forgetsTheOldestQuestionsBeyondItsBound() {
    AnswersView view = new AnswersView(2);
    view.add(answer("q1", 1, AnswerSource.FALLBACK));
    view.add(answer("q2", 1, AnswerSource.FALLBACK));
    view.add(answer("q1", 2, AnswerSource.STAFF)); // not a new question: no eviction
    view.add(answer("q3", 1, AnswerSource.FALLBACK));
    assertThat(view.revisions("q1")).isEmpty();
    assertThat(view.revisions("q2")).hasSize(1);
    assertThat(view.revisions("q3")).hasSize(1);
    assertThat(view.size()).isEqualTo(2);
  }
}
