package com.storefront.qa.orchestrator.http.auth;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * Per-key rate limits: one {@link TokenBucket} per key id, with that key's rate and burst. Limits
 * are per orchestrator instance (no shared state between instances), so with N instances behind a
 * load balancer a key gets up to N times its rate; docs/http-api.md says so.
 */
public final class RateLimiter {
  private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
  private final LongSupplier nanoClock;

  /**
   * @param nanoClock monotonic nanoseconds ({@code System::nanoTime}; a fake one in tests)
   */
  public RateLimiter(LongSupplier nanoClock) {
    this.nanoClock = nanoClock;
  }

  /**
   * Takes one request from {@code key}'s bucket.
   *
   * @return 0 when the request may go ahead, otherwise whole seconds to wait (at least 1), the
   *     value of {@code Retry-After}
   */
  public long acquire(ApiKey key) {
    long now = nanoClock.getAsLong();
    TokenBucket bucket =
        buckets.computeIfAbsent(
            key.id(), id -> new TokenBucket(key.ratePerSecond(), key.burst(), now));
    long waitNanos = bucket.tryTake(now);
    if (waitNanos == 0) {
      return 0;
    }
    return Math.max(1, (waitNanos + 999_999_999L) / 1_000_000_000L);
  }
}
