package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.ThreadTurn;
import com.storefront.qa.llm.prompt.ReplyPrompt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThreadContextTest {
  private static List<ThreadTurn> fiveTurns() {
    List<ThreadTurn> l = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      l.add(new ThreadTurn("Question number " + i + " about the planner?", "Answer " + i + "."));
    }
    return l;
  }

  @Test
  void aThreadOfFiveTurnsIsCutToTheBudgetOldestFirst() {
    List<ThreadTurn> five = fiveTurns();
    int perTurn = ThreadContext.estimate(five.get(0));
    List<ReplyPrompt.Turn> kept = ThreadContext.fit(five, 3 * perTurn + perTurn / 2);
    assertThat(kept)
        .extracting(ReplyPrompt.Turn::question)
        .containsExactly(
            "Question number 3 about the planner?",
            "Question number 4 about the planner?",
            "Question number 5 about the planner?");
    assertThat(ThreadContext.fit(five, 100 * perTurn)).hasSize(5);
    assertThat(ThreadContext.fit(five, perTurn - 1)).isEmpty();
    assertThat(ThreadContext.fit(five, 0)).isEmpty();
    assertThat(ThreadContext.fit(null, 500)).isEmpty();
  }

  @Test
  void theKeptTurnsComeBeforeTheQuestionInTheConversation() {
    var messages =
        ReplyPrompt.messages(
            "Be kind.", "Planner", null, ThreadContext.fit(fiveTurns(), 1000), "And now?");
    assertThat(messages).hasSize(1 + 10 + 1);
    assertThat(messages.get(1).role()).isEqualTo("user");
    assertThat(messages.get(2).role()).isEqualTo("assistant");
    assertThat(messages.getLast().content()).isEqualTo("And now?");
  }
}
