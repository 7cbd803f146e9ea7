package com.storefront.qa.local;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * When to restart a child service that died: after a back-off that doubles with each recent
 * restart, and not at all once it has been restarted {@code maxRestarts} times within {@code
 * window} (a service that keeps crashing has a cause a restart will not fix, and restarting it
 * forever would bury the reason in the log).
 *
 * @param initialBackoff wait before the first restart
 * @param maxBackoff the longest wait; the back-off doubles up to this
 * @param maxRestarts restarts allowed within the window; the next death gives up
 * @param window how far back restarts count
 */
record RestartPolicy(
    Duration initialBackoff, Duration maxBackoff, int maxRestarts, Duration window) {

  /** The local stack's policy: 1 s doubling to 30 s, at most 5 restarts in 10 minutes. */
  static final RestartPolicy DEFAULT =
      new RestartPolicy(Duration.ofSeconds(1), Duration.ofSeconds(30), 5, Duration.ofMinutes(10));

  RestartPolicy {
    if (initialBackoff.isNegative() || maxBackoff.compareTo(initialBackoff) < 0) {
      throw new IllegalArgumentException("need 0 <= initialBackoff <= maxBackoff");
    }
    if (maxRestarts < 0 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("need maxRestarts >= 0 and a positive window");
    }
  }

  /** Restarts within the window before {@code now}. */
  int recent(List<Instant> restarts, Instant now) {
    Instant since = now.minus(window);
    return (int) restarts.stream().filter(t -> t.isAfter(since)).count();
  }

  /**
   * The wait before the next restart, or empty to give up.
   *
   * @param restarts when the service was restarted before (any order, any age)
   * @param now the time of this death
   */
  Optional<Duration> nextDelay(List<Instant> restarts, Instant now) {
    int recent = recent(restarts, now);
    if (recent >= maxRestarts) {
      return Optional.empty();
    }
    Duration delay = initialBackoff;
    for (int i = 0; i < recent && delay.compareTo(maxBackoff) < 0; i++) {
      delay = delay.multipliedBy(2);
    }
    return Optional.of(delay.compareTo(maxBackoff) > 0 ? maxBackoff : delay);
  }
}
