package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.llm.api.FinishReason;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private static final ErrorClassifier.Kind RETRIABLE = ErrorClassifier.Kind.RETRIABLE;
  private static final ErrorClassifier.Kind FATAL = ErrorClassifier.Kind.FATAL;
  private final RetryPolicy policy = new RetryPolicy(2, Duration.ofMillis(100));

  @Test
  void retriableFailuresBackOffExponentiallyUpToTheLimit() {
    assertThat(policy.decide(RETRIABLE, "oom", 1, false, false))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofMillis(100)));
    assertThat(policy.decide(RETRIABLE, "oom", 2, false, false))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofMillis(200)));
    assertThat(policy.decide(RETRIABLE, "oom", 3, false, false))
        .isEqualTo(new RetryPolicy.Fail(FinishReason.ERROR, "oom (after 3 attempts)"));
  }

  @Test
  void fatalFailuresEndAtOnceWithTheErrorAsIs() {
    assertThat(policy.decide(FATAL, "bad spec", 1, false, false))
        .isEqualTo(new RetryPolicy.Fail(FinishReason.ERROR, "bad spec"));
    assertThat(policy.decide(FATAL, "bad spec", 1, false, true))
        .as("a fatal failure is not redelivered on shutdown either: it would fail again")
        .isEqualTo(new RetryPolicy.Fail(FinishReason.ERROR, "bad spec"));
  }

  @Test
  void anExpiredDeadlineFailsWithDeadlineEvenIfRetriesAreLeft() {
    assertThat(policy.decide(RETRIABLE, "timeout", 1, true, false))
        .isEqualTo(new RetryPolicy.Fail(FinishReason.DEADLINE, "timeout (after 1 attempt)"));
    assertThat(policy.decide(RETRIABLE, "timeout", 1, true, true))
        .as("nobody can still use it, so it is written rather than redelivered")
        .isInstanceOf(RetryPolicy.Fail.class);
  }

  @Test
  void retriableFailuresDuringShutdownAreLeftForTheNextOwner() {
    assertThat(policy.decide(RETRIABLE, "engine closed", 1, false, true))
        .isEqualTo(new RetryPolicy.Redeliver());
    assertThat(policy.decide(RETRIABLE, "engine closed", 5, false, true))
        .isEqualTo(new RetryPolicy.Redeliver());
  }

  @Test
  void backoffStopsDoublingAtAMillionTimesTheFirstDelay() {
    RetryPolicy many = new RetryPolicy(100, Duration.ofMillis(1));
    assertThat(many.decide(RETRIABLE, "x", 60, false, false))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofMillis(1L << 20)));
  }

  @Test
  void retryAfterIsHonouredAndARetryPastTheDeadlineGoesToTheNextBackend() {
    var at =
        new RetryPolicy.Attempt(false, Duration.ofSeconds(10), Duration.ofSeconds(2), true, false);
    assertThat(policy.decide(RETRIABLE, "rate limited", 1, at))
        .isEqualTo(new RetryPolicy.Retry(Duration.ofSeconds(2)));
    var late =
        new RetryPolicy.Attempt(false, Duration.ofSeconds(1), Duration.ofSeconds(2), true, false);
    assertThat(policy.decide(RETRIABLE, "rate limited", 1, late))
        .isEqualTo(new RetryPolicy.NextBackend("rate limited (after 1 attempt)"));
    var last =
        new RetryPolicy.Attempt(false, Duration.ofSeconds(1), Duration.ofSeconds(2), false, false);
    assertThat(policy.decide(RETRIABLE, "rate limited", 1, last))
        .isEqualTo(new RetryPolicy.Fail(FinishReason.ERROR, "rate limited (after 1 attempt)"));
  }

  @Test
  void usedUpRetriesAndUnavailableBackendsMoveToTheNextBackend() {
    var next = new RetryPolicy.Attempt(false, null, null, true, false);
    assertThat(policy.decide(RETRIABLE, "HTTP 500", 3, next))
        .isEqualTo(new RetryPolicy.NextBackend("HTTP 500 (after 3 attempts)"));
    assertThat(policy.decide(ErrorClassifier.Kind.NEXT_BACKEND, "circuit open", 1, next))
        .isEqualTo(new RetryPolicy.NextBackend("circuit open"));
    assertThat(policy.decide(FATAL, "bad", 1, next))
        .isEqualTo(new RetryPolicy.Fail(FinishReason.ERROR, "bad"));
    var past = new RetryPolicy.Attempt(true, Duration.ZERO, null, true, false);
    assertThat(policy.decide(RETRIABLE, "slow", 1, past))
        .as("past the deadline nothing else is tried: the acknowledgement goes out")
        .isInstanceOf(RetryPolicy.Fail.class)
        .extracting(d -> ((RetryPolicy.Fail) d).reason())
        .isEqualTo(FinishReason.DEADLINE);
  }
}
