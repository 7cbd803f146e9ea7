package com.storefront.qa.orchestrator.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.orchestrator.http.auth.ApiKey;
import com.storefront.qa.orchestrator.http.auth.RateLimiter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
  private final AtomicLong now = new AtomicLong(1_000_000_000L);
  private final RateLimiter limiter = new RateLimiter(now::get);

  private static ApiKey key(String id, double rate, int burst) {
    return new ApiKey(id, "shop-a", new byte[32], rate, burst);
  }

  @Test
  void aFullBucketLetsTheBurstThroughThenRefusesWithTheWaitInWholeSeconds() {
    ApiKey key = key("k1", 0.5, 3);
    assertThat(limiter.acquire(key)).isZero();
    assertThat(limiter.acquire(key)).isZero();
    assertThat(limiter.acquire(key)).isZero();
    // Empty: one token takes 2 s at 0.5/s.
    assertThat(limiter.acquire(key)).isEqualTo(2);
    now.addAndGet(1_500_000_000L);
    assertThat(limiter.acquire(key)).isEqualTo(1); // 0.5 s left, rounded up
    now.addAndGet(500_000_000L);
    assertThat(limiter.acquire(key)).isZero();
    assertThat(limiter.acquire(key)).isEqualTo(2);
  }

  @Test
  void refillsAtTheRateButNeverBeyondTheBurst() {
    ApiKey key = key("k1", 10, 5);
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire(key)).isZero();
    }
    assertThat(limiter.acquire(key)).isEqualTo(1);
    now.addAndGet(60_000_000_000L); // a minute idle refills to 5, not 600
    for (int i = 0; i < 5; i++) {
      assertThat(limiter.acquire(key)).isZero();
    }
    assertThat(limiter.acquire(key)).isPositive();
    now.addAndGet(100_000_000L); // 0.1 s at 10/s = one token
    assertThat(limiter.acquire(key)).isZero();
  }

  @Test
  void eachKeyHasItsOwnBucketEvenForTheSameShop() {
    ApiKey old = key("hanbit-2025", 1, 1);
    ApiKey rotated = key("hanbit-2026", 1, 1);
    assertThat(limiter.acquire(old)).isZero();
    assertThat(limiter.acquire(old)).isPositive();
    assertThat(limiter.acquire(rotated)).isZero();
  }
}
