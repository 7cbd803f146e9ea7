package com.storefront.qa.worker;

import com.storefront.qa.llm.api.FinishReason;
import java.time.Duration;

/**
 * What to do with a failed generation attempt: a pure function of the failure, the attempt count on
 * the current backend, the deadline, whether another backend is left in the request's order and
 * whether the worker is shutting down. This is the worker's one retry layer (backends never retry
 * by themselves): retries are bounded, back off exponentially and wait at least the backend's
 * Retry-After; a retry that would end past the deadline is not made. Once retries are used up, or
 * the backend cannot serve the request, the next backend of the order takes it; after the last one
 * the result is FAILED (and the orchestrator publishes the acknowledgement).
 */
final class RetryPolicy {
  /** The decision for one failed attempt. */
  sealed interface Decision permits Redeliver, Retry, NextBackend, Fail {}

  /** Shutting down: leave it uncommitted so the partition's next owner generates it again. */
  record Redeliver() implements Decision {}

  /** Start it on the same backend again after {@code backoff}. */
  record Retry(Duration backoff) implements Decision {}

  /** Start it on the next backend of the order now; {@code why} is noted in the result. */
  record NextBackend(String why) implements Decision {}

  /** Write a FAILED result with this finish reason and error text. */
  record Fail(FinishReason reason, String error) implements Decision {}

  private final int maxRetries;
  private final Duration firstBackoff;

  RetryPolicy(int maxRetries, Duration firstBackoff) {
    this.maxRetries = maxRetries;
    this.firstBackoff = firstBackoff;
  }

  /** {@link #decide(ErrorClassifier.Kind, String, int, Attempt)} for a single-backend order. */
  Decision decide(
      ErrorClassifier.Kind kind,
      String error,
      int attempts,
      boolean pastDeadline,
      boolean draining) {
    return decide(kind, error, attempts, new Attempt(pastDeadline, null, null, false, draining));
  }

  /**
   * Where a failed attempt stands.
   *
   * @param timeLeft until the deadline, null = no deadline
   * @param retryAfter the backend's Retry-After, null = none
   * @param hasNextBackend another backend is left in the order
   */
  record Attempt(
      boolean pastDeadline,
      Duration timeLeft,
      Duration retryAfter,
      boolean hasNextBackend,
      boolean draining) {}

  /**
   * Decides for an attempt that failed.
   *
   * @param attempts attempts made on this backend so far, including the failed one
   */
  Decision decide(ErrorClassifier.Kind kind, String error, int attempts, Attempt at) {
    boolean fatal = kind == ErrorClassifier.Kind.FATAL;
    if (!fatal && !at.pastDeadline() && at.draining()) {
      return new Redeliver();
    }
    String counted = error + " (after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")";
    if (fatal || at.pastDeadline()) {
      return new Fail(
          at.pastDeadline() ? FinishReason.DEADLINE : FinishReason.ERROR, fatal ? error : counted);
    }
    if (kind == ErrorClassifier.Kind.RETRIABLE && attempts <= maxRetries) {
      Duration backoff = firstBackoff.multipliedBy(1L << Math.min(20, attempts - 1));
      if (at.retryAfter() != null && at.retryAfter().compareTo(backoff) > 0) {
        backoff = at.retryAfter();
      }
      if (at.timeLeft() == null || backoff.compareTo(at.timeLeft()) < 0) {
        return new Retry(backoff);
      }
    }
    String why = kind == ErrorClassifier.Kind.NEXT_BACKEND ? error : counted;
    return at.hasNextBackend() ? new NextBackend(why) : new Fail(FinishReason.ERROR, why);
  }
}
