package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.ThreadTurn;
import com.storefront.qa.llm.prompt.ReplyPrompt;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Picks the earlier turns of a question thread that fit a token budget: the newest first, and the
 * oldest dropped first once the budget is spent, so the model sees the context nearest the
 * question.
 *
 * <p>Tokens are estimated, not counted: the worker may send the prompt to a hosted server whose
 * tokenizer it does not have. The estimate (UTF-8 bytes / 3, rounded up, plus 4 per turn for the
 * template's markers) runs above real counts for English and Korean on byte-level BPE tokenizers,
 * so the budget is rarely exceeded.
 */
final class ThreadContext {
  private ThreadContext() {}

  /** Estimated tokens of one turn. */
  static int estimate(ThreadTurn t) {
    return 4 + bytes(t.question()) / 3 + 1 + (t.answer() == null ? 0 : 4 + bytes(t.answer()) / 3);
  }

  /**
   * The turns that fit, oldest first.
   *
   * @param history earlier turns, oldest first (null = none)
   * @param budget estimated tokens the thread may take; 0 or less = no thread context
   */
  static List<ReplyPrompt.Turn> fit(List<ThreadTurn> history, int budget) {
    if (history == null || history.isEmpty() || budget <= 0) {
      return List.of();
    }
    List<ReplyPrompt.Turn> kept = new ArrayList<>();
    int used = 0;
    for (int i = history.size() - 1; i >= 0; i--) {
      ThreadTurn t = history.get(i);
      if (t == null || t.question() == null || t.question().isBlank()) {
        continue;
      }
      int cost = estimate(t);
      if (used + cost > budget) {
        break; // everything older is dropped too: the thread stays contiguous
      }
      used += cost;
      kept.add(new ReplyPrompt.Turn(t.question(), t.answer()));
    }
    Collections.reverse(kept);
    return kept;
  }

  private static int bytes(String s) {
    return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
  }
}
