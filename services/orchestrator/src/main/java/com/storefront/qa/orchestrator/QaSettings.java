package com.storefront.qa.orchestrator;

import java.time.Duration;
import java.util.Objects;

/**
 * The orchestrator's own settings, already validated: the topology is a pure function of these, a
 * {@link com.storefront.qa.moderation.Moderator} and a clock.
 *
 * @param generationEnabledByDefault whether shops without a policy record (or whose record leaves
 *     {@code generationEnabled} unset) get model replies; false = acknowledge-only, the safe mode
 * @param dedupeRetention how long a questionId is remembered for de-duplication
 * @param dedupePurgeInterval how often expired questionIds are purged (wall-clock)
 * @param deadlineCheckInterval how often pending generations are checked against their deadline
 */
public record QaSettings(
    boolean generationEnabledByDefault,
    Duration dedupeRetention,
    Duration dedupePurgeInterval,
    Duration deadlineCheckInterval) {

  private static final Duration MIN_INTERVAL = Duration.ofMillis(10);

  public QaSettings {
    Objects.requireNonNull(dedupeRetention, "qa.dedupe.retention is required");
    Objects.requireNonNull(dedupePurgeInterval, "qa.dedupe.purge-interval is required");
    Objects.requireNonNull(deadlineCheckInterval, "qa.deadline.check-interval is required");
    if (dedupeRetention.compareTo(Duration.ofMinutes(1)) < 0) {
      throw new IllegalArgumentException(
          "qa.dedupe.retention must be at least 1m (replays within it are dropped), got "
              + dedupeRetention);
    }
    requireInterval("qa.dedupe.purge-interval", dedupePurgeInterval);
    requireInterval("qa.deadline.check-interval", deadlineCheckInterval);
    if (dedupePurgeInterval.compareTo(dedupeRetention) > 0) {
      throw new IllegalArgumentException(
          "qa.dedupe.purge-interval (%s) must not exceed qa.dedupe.retention (%s)"
              .formatted(dedupePurgeInterval, dedupeRetention));
    }
    if (deadlineCheckInterval.compareTo(Duration.ofMinutes(1)) > 0) {
      throw new IllegalArgumentException(
          "qa.deadline.check-interval must be at most 1m so late replies fall back promptly, got "
              + deadlineCheckInterval);
    }
  }

  private static void requireInterval(String key, Duration value) {
    if (value.compareTo(MIN_INTERVAL) < 0) {
      throw new IllegalArgumentException(key + " must be at least 10ms, got " + value);
    }
  }

  /** Acknowledge-only, 7 days of de-duplication purged hourly, deadlines checked every 500 ms. */
  public static QaSettings defaults() {
    return new QaSettings(false, Duration.ofDays(7), Duration.ofHours(1), Duration.ofMillis(500));
  }

  public QaSettings withGenerationEnabledByDefault(boolean enabled) {
    return new QaSettings(enabled, dedupeRetention, dedupePurgeInterval, deadlineCheckInterval);
  }
}
