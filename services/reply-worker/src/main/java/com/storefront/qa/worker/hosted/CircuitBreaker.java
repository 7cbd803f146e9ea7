package com.storefront.qa.worker.hosted;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Stops calling a server that keeps failing: after {@code threshold} consecutive failures (5xx,
 * timeouts, broken streams) it opens for {@code cooldown}, and every call goes straight to the next
 * backend; then one trial call is let through (half-open): its success closes the circuit, its
 * failure opens it again. Thread-safe.
 */
final class CircuitBreaker {
  private final int threshold;
  private final Duration cooldown;
  private final Clock clock;
  private int failures;
  private Instant openUntil;
  private boolean trialRunning;

  CircuitBreaker(int threshold, Duration cooldown, Clock clock) {
    this.threshold = threshold;
    this.cooldown = cooldown;
    this.clock = clock;
  }

  /** Whether a call may go out now (in half-open state, only the one trial call). */
  synchronized boolean allow() {
    if (openUntil == null) {
      return true;
    }
    if (clock.instant().isBefore(openUntil) || trialRunning) {
      return false;
    }
    trialRunning = true;
    return true;
  }

  synchronized void success() {
    failures = 0;
    openUntil = null;
    trialRunning = false;
  }

  /** Counts a failure; returns true if this one opened the circuit. */
  synchronized boolean failure() {
    failures++;
    if (trialRunning || (openUntil == null && failures >= threshold)) {
      openUntil = clock.instant().plus(cooldown);
      trialRunning = false;
      return true;
    }
    return false;
  }

  /** A call that ended without saying anything about the server (cancelled, rate-limited). */
  synchronized void neutral() {
    trialRunning = false;
  }

  synchronized boolean isOpen() {
    return openUntil != null && clock.instant().isBefore(openUntil);
  }
}
