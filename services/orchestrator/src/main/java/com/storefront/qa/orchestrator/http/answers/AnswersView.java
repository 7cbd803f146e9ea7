package com.storefront.qa.orchestrator.http.answers;

import com.storefront.qa.contracts.event.AnswerEvent;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * questionId → every revision seen on {@code storefront.answers.v1}, bounded, plus the HTTP
 * requests waiting for a question's first answer.
 *
 * <p>One writer ({@link AnswersFeed}'s thread) calls {@link #add}; any number of request threads
 * read. Only the writer touches the eviction queue, so it needs no lock.
 */
public final class AnswersView {
  private final ConcurrentMap<String, List<AnswerEvent>> byQuestion = new ConcurrentHashMap<>();
  private final ConcurrentMap<String, CompletableFuture<AnswerEvent>> waiting =
      new ConcurrentHashMap<>();
  private final ArrayDeque<String> order = new ArrayDeque<>();
  private final int maxQuestions;
  private volatile boolean caughtUp;

  /** A request's handle on a question's first answer; {@code first} = this request sends it. */
  public record Waiter(CompletableFuture<AnswerEvent> answer, boolean first) {}

  public AnswersView(int maxQuestions) {
    if (maxQuestions < 1) {
      throw new IllegalArgumentException("maxQuestions must be at least 1");
    }
    this.maxQuestions = maxQuestions;
  }

  /** Records one answer event (a replayed revision replaces itself) and wakes its waiters. */
  public void add(AnswerEvent answer) {
    String id = answer.questionId();
    List<AnswerEvent> before = byQuestion.get(id);
    List<AnswerEvent> after = new ArrayList<>(before == null ? List.of() : before);
    after.removeIf(a -> a.revision() == answer.revision());
    after.add(answer);
    after.sort(Comparator.comparingInt(AnswerEvent::revision));
    byQuestion.put(id, List.copyOf(after));
    if (before == null) {
      order.addLast(id);
      while (order.size() > maxQuestions) {
        byQuestion.remove(order.removeFirst());
      }
    }
    CompletableFuture<AnswerEvent> waiter = waiting.remove(id);
    if (waiter != null) {
      waiter.complete(after.get(0));
    }
  }

  /** Every revision of a question so far, lowest first; empty when unknown. */
  public List<AnswerEvent> revisions(String questionId) {
    return byQuestion.getOrDefault(questionId, List.of());
  }

  /** The question's first answer (revision 1, as the pipeline publishes it), if seen. */
  public Optional<AnswerEvent> first(String questionId) {
    return revisions(questionId).stream().findFirst();
  }

  /**
   * Registers interest in a question's first answer. The first request for a questionId gets {@code
   * first = true} and must send the question; later ones share its future. If the answer is already
   * here (it raced in between a caller's check and this call) the future is complete.
   */
  public Waiter await(String questionId) {
    CompletableFuture<AnswerEvent> mine = new CompletableFuture<>();
    CompletableFuture<AnswerEvent> existing = waiting.putIfAbsent(questionId, mine);
    CompletableFuture<AnswerEvent> future = existing == null ? mine : existing;
    first(questionId).ifPresent(a -> complete(questionId, future, a));
    return new Waiter(future, existing == null);
  }

  /** Stops waiting for a question (its request timed out or its send failed). */
  public void forget(String questionId, CompletableFuture<AnswerEvent> future) {
    waiting.remove(questionId, future);
  }

  private void complete(String id, CompletableFuture<AnswerEvent> f, AnswerEvent a) {
    waiting.remove(id, f);
    f.complete(a);
  }

  /** Whether the view has read everything that was on the topic when it started. */
  public boolean caughtUp() {
    return caughtUp;
  }

  void markCaughtUp() {
    caughtUp = true;
  }

  /** Questions currently held (for tests and metrics). */
  public int size() {
    return byQuestion.size();
  }

  /** Requests currently waiting (for metrics). */
  public int waitingCount() {
    return waiting.size();
  }
}
