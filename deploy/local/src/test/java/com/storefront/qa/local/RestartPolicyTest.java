package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RestartPolicyTest {
  final RestartPolicy policy =
      new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 3, Duration.ofMinutes(10));
  final Instant now = Instant.parse("2026-11-23T10:00:00Z");

  @Test
  void backOffDoublesWithRecentRestartsUpToTheMax() {
    assertThat(policy.nextDelay(List.of(), now)).contains(Duration.ofSeconds(1));
    assertThat(policy.nextDelay(List.of(now.minusSeconds(5)), now)).contains(Duration.ofSeconds(2));
    assertThat(policy.nextDelay(List.of(now.minusSeconds(9), now.minusSeconds(5)), now))
        .contains(Duration.ofSeconds(4));
    RestartPolicy big =
        new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(5), 10, Duration.ofMinutes(10));
    assertThat(big.nextDelay(List.of(now, now, now, now), now)).contains(Duration.ofSeconds(5));
  }

  @Test
  void givesUpWhenTheCapIsReachedWithinTheWindow() {
    List<Instant> three = List.of(now.minusSeconds(30), now.minusSeconds(20), now.minusSeconds(10));
    assertThat(policy.nextDelay(three, now)).isEmpty();
  }

  @Test
  void restartsOutsideTheWindowNoLongerCount() {
    List<Instant> old =
        List.of(
            now.minus(Duration.ofMinutes(30)),
            now.minus(Duration.ofMinutes(20)),
            now.minus(Duration.ofMinutes(11)));
    assertThat(policy.nextDelay(old, now)).contains(Duration.ofSeconds(1));
  }

  @Test
  void exitStatusNamesTheSignal() {
    assertThat(ExitStatus.describe(137))
        .isEqualTo(
            "status 137 (killed by signal 9, SIGKILL: kill -9, or the kernel's out-of-memory killer)");
    assertThat(ExitStatus.describe(143)).isEqualTo("status 143 (killed by signal 15, SIGTERM)");
    assertThat(ExitStatus.describe(1)).isEqualTo("status 1");
  }
}
