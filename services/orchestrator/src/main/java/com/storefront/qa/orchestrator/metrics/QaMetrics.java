package com.storefront.qa.orchestrator.metrics;

import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.ReviewAction;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.validation.RejectReason;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;

/**
 * The orchestrator's counters. Under exactly-once a task that aborts a transaction reprocesses its
 * records, so these count processing attempts: they can run slightly ahead of the committed output
 * after a crash. The topics are the truth; these are for dashboards and alerts.
 */
public final class QaMetrics {
  private final MeterRegistry registry;

  public QaMetrics(MeterRegistry registry) {
    this.registry = registry;
    // Registered up front so dashboards and alerts see zeros rather than missing series.
    for (AnswerSource source : AnswerSource.values()) {
      registry.counter("qa.answers", "source", source.name());
    }
    registry.counter("qa.duplicates.dropped");
    registry.counter("qa.generation.results.late");
    registry.counter("qa.generation.deadline.expired");
    registry.counter("qa.routing.failures");
  }

  /** Counters that go nowhere but can still be read (tests, tools). */
  public static QaMetrics inMemory() {
    return new QaMetrics(new SimpleMeterRegistry());
  }

  public MeterRegistry registry() {
    return registry;
  }

  public void answered(AnswerSource source) {
    registry.counter("qa.answers", "source", source.name()).increment();
  }

  public void rejected(RejectReason reason) {
    registry.counter("qa.dlq", "reason", reason.name()).increment();
  }

  public void duplicateDropped() {
    registry.counter("qa.duplicates.dropped").increment();
  }

  public void lateResult() {
    registry.counter("qa.generation.results.late").increment();
  }

  public void unreadableResult() {
    registry.counter("qa.generation.results.unreadable").increment();
  }

  public void deadlineExpired() {
    registry.counter("qa.generation.deadline.expired").increment();
  }

  public void generationRequested() {
    registry.counter("qa.generation.requests").increment();
  }

  public void verdict(ModerationStage stage, Verdict verdict) {
    registry
        .counter("qa.moderation.verdicts", "stage", stage.name(), "verdict", verdict.name())
        .increment();
  }

  /** A question whose routing failed and that got the last-resort acknowledgement or the DLQ. */
  public void routingFailed() {
    registry.counter("qa.routing.failures").increment();
  }

  /** A staff decision and what became of it: published, no_change, duplicate or invalid. */
  public void decision(ReviewAction action, String outcome) {
    registry.counter("qa.decisions", "action", action.name(), "outcome", outcome).increment();
  }

  /** A record on the decisions topic that is not a readable decision. */
  public void unreadableDecision() {
    registry.counter("qa.decisions.unreadable").increment();
  }

  public void moderationError(ModerationStage stage) {
    registry.counter("qa.moderation.errors", "stage", stage.name()).increment();
  }

  /** Current value of a counter (0 when it was never incremented); for tests. */
  public double count(String name, String... tags) {
    var counter = registry.find(name).tags(tags).counter();
    return counter == null ? 0 : counter.count();
  }
}
