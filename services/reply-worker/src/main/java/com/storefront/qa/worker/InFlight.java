package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.worker.backend.BackendRequest;
import com.storefront.qa.worker.backend.Generation;
import com.storefront.qa.worker.backend.GenerationBackend;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.TopicPartition;

/**
 * One request handed to a backend and not yet written: where it came from, its backend order and
 * position in it, and its retry bookkeeping.
 */
final class InFlight {
  final long ticket;
  final TopicPartition tp;
  final long offset;
  final long epoch;
  final GenerationRequest request;
  final BackendRequest work;
  final GenerationParams used;
  final Instant receivedAt;
  final List<GenerationBackend> order;

  /** Why earlier backends of the order were passed over, for the result's fallbackReason. */
  final List<String> fallbackNotes;

  int backendIndex;

  /** Attempts on the current backend. */
  int attempts;

  /** Bumped on every submit and by the watchdog: completions of older attempts are stale. */
  int generation;

  Instant submittedAt;
  Instant retryAt;

  /** The current attempt; cancelling it frees what the backend holds for it. */
  Generation attempt;

  InFlight(
      long ticket,
      TopicPartition tp,
      long offset,
      long epoch,
      RequestReader.Generate work,
      List<GenerationBackend> order,
      List<String> skipped,
      Instant receivedAt) {
    this.ticket = ticket;
    this.tp = tp;
    this.offset = offset;
    this.epoch = epoch;
    this.request = work.request();
    this.work = work.work();
    this.used = work.used();
    this.order = List.copyOf(order);
    this.fallbackNotes = new ArrayList<>(skipped);
    this.receivedAt = receivedAt;
  }

  GenerationBackend backend() {
    return order.get(backendIndex);
  }

  boolean hasNextBackend() {
    return backendIndex + 1 < order.size();
  }

  /** Moves on to the next backend of the order, noting why the current one was left. */
  void nextBackend(String why) {
    fallbackNotes.add(backend().name() + ": " + why);
    backendIndex++;
    attempts = 0;
  }

  /** Null when the first backend answers. */
  String fallbackReason() {
    return fallbackNotes.isEmpty() ? null : String.join("; ", fallbackNotes);
  }

  /** Stops the current attempt in its backend, if it is still running or queued. */
  void cancelAttempt() {
    if (attempt != null) {
      attempt.cancel().run();
    }
  }

  boolean pastDeadline(Instant now) {
    return request.deadline() != null && !now.isBefore(request.deadline());
  }
}
