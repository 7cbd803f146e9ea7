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
}
