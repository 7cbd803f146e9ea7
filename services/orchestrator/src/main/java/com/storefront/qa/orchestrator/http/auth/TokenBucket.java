package com.storefront.qa.orchestrator.http.auth;

/**
 * A token bucket: {@code burst} tokens at most, refilled at {@code ratePerSecond}; each request
 * takes one. Thread-safe (one lock per bucket, held for a few arithmetic operations).
 */
final class TokenBucket {
  private final double ratePerNano;
  private final double capacity;
  private double tokens;
  private long last;

  TokenBucket(double ratePerSecond, int burst, long nowNanos) {
    this.ratePerNano = ratePerSecond / 1e9;
    this.capacity = burst;
    this.tokens = burst;
    this.last = nowNanos;
  }

  /**
   * Takes a token if there is one.
   *
   * @return 0 when the request may go ahead, otherwise the nanoseconds until a token is back
   */
  synchronized long tryTake(long nowNanos) {
    tokens = Math.min(capacity, tokens + Math.max(0, nowNanos - last) * ratePerNano);
    last = nowNanos;
    if (tokens >= 1) {
      tokens -= 1;
      return 0;
    }
    return (long) Math.ceil((1 - tokens) / ratePerNano);
  }
}
