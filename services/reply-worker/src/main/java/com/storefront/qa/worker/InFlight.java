package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.GenerationSpec;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.common.TopicPartition;

/** One request handed to the engine and not yet written, with its retry bookkeeping. */
final class InFlight {
  final long ticket;
  final TopicPartition tp;
  final long offset;
  final long epoch;
  final GenerationRequest request;
  final GenerationSpec spec;
  final GenerationParams used;
  final Instant receivedAt;
  int attempts;

  /** Bumped on every submit and by the watchdog: completions of older attempts are stale. */
  int generation;

  Instant submittedAt;
  Instant retryAt;

  /** The engine's future for the current attempt; cancelling it frees the engine's slot. */
  CompletableFuture<Completion> attempt;

  InFlight(
      long ticket,
      TopicPartition tp,
      long offset,
      long epoch,
      RequestReader.Generate work,
      Instant receivedAt) {
    this.ticket = ticket;
    this.tp = tp;
    this.offset = offset;
    this.epoch = epoch;
    this.request = work.request();
    this.spec = work.spec();
    this.used = work.used();
    this.receivedAt = receivedAt;
  }

  /** Stops the current attempt in the engine, if it is still running or queued. */
  void cancelAttempt() {
    if (attempt != null) {
      attempt.cancel(false);
    }
  }

  boolean pastDeadline(Instant now) {
    return request.deadline() != null && !now.isBefore(request.deadline());
  }
}
