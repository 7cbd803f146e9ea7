package com.storefront.qa.worker;

import com.storefront.qa.llm.api.FinishReason;
import java.time.Duration;

/**
 * What to do with a failed generation attempt: a pure function of the failure, the attempt count,
 * the deadline and whether the worker is shutting down. Retries are bounded and back off
 * exponentially; fatal failures and expired deadlines end at once with a FAILED result.
 */
final class RetryPolicy {
  /** The decision for one failed attempt. */
  sealed interface Decision permits Redeliver, Retry, Fail {}

  /** Shutting down: leave it uncommitted so the partition's next owner generates it again. */
  record Redeliver() implements Decision {}

  /** Submit it to the engine again after {@code backoff}. */
  record Retry(Duration backoff) implements Decision {}

  /** Write a FAILED result with this finish reason and error text. */
  record Fail(FinishReason reason, String error) implements Decision {}

  private final int maxRetries;
  private final Duration firstBackoff;

  RetryPolicy(int maxRetries, Duration firstBackoff) {
    this.maxRetries = maxRetries;
    this.firstBackoff = firstBackoff;
  }

  /**
   * Decides for an attempt that failed.
   *
   * @param attempts attempts made so far, including the failed one (1 after the first failure)
   * @param pastDeadline the request's deadline has passed
   * @param draining the worker is shutting down
   */
  Decision decide(
      ErrorClassifier.Kind kind,
      String error,
      int attempts,
      boolean pastDeadline,
      boolean draining) {
    boolean retriable = kind == ErrorClassifier.Kind.RETRIABLE && !pastDeadline;
    if (retriable && draining) {
      return new Redeliver();
    }
    if (retriable && attempts <= maxRetries) {
      return new Retry(firstBackoff.multipliedBy(1L << Math.min(20, attempts - 1)));
    }
    String text =
        kind == ErrorClassifier.Kind.FATAL
            ? error
            : error + " (after " + attempts + " attempt" + (attempts == 1 ? "" : "s") + ")";
    return new Fail(pastDeadline ? FinishReason.DEADLINE : FinishReason.ERROR, text);
  }
}
