package com.storefront.qa.audit;

import com.storefront.qa.contracts.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Settings of the audit writer, validated on construction so a bad configuration fails at start-up
 * with every problem named by its configuration key.
 *
 * @param groupId Kafka consumer group; every replica of the writer shares it
 * @param topics topics to audit (normally {@link Topics#ALL})
 * @param pollTimeout longest wait of one poll
 * @param maxBatch most records per poll, and so per database transaction
 * @param backoffInitial first wait after a failed batch
 * @param backoffMax longest wait between retries (the wait doubles up to this)
 */
public record AuditSettings(
    String groupId,
    List<String> topics,
    Duration pollTimeout,
    int maxBatch,
    Duration backoffInitial,
    Duration backoffMax) {

  public static final String DEFAULT_GROUP_ID = "qa-audit";

  public AuditSettings {
    List<String> problems = new ArrayList<>();
    if (groupId == null || groupId.isBlank()) {
      problems.add("qa.audit.group-id must not be blank");
    }
    if (topics == null || topics.isEmpty()) {
      problems.add("the audit needs at least one topic");
    }
    if (pollTimeout == null || pollTimeout.isNegative() || pollTimeout.isZero()) {
      problems.add("qa.audit.poll-timeout must be positive, e.g. 500ms (got " + pollTimeout + ")");
    } else if (pollTimeout.compareTo(Duration.ofMinutes(1)) > 0) {
      problems.add("qa.audit.poll-timeout must be at most 1m (got " + pollTimeout + ")");
    }
    if (maxBatch < 1 || maxBatch > 10_000) {
      problems.add("qa.audit.max-batch must be between 1 and 10000 (got " + maxBatch + ")");
    }
    if (backoffInitial == null || backoffInitial.isNegative() || backoffInitial.isZero()) {
      problems.add(
          "qa.audit.backoff.initial must be positive, e.g. 100ms (got " + backoffInitial + ")");
    }
    if (backoffMax == null || backoffMax.isNegative() || backoffMax.isZero()) {
      problems.add("qa.audit.backoff.max must be positive, e.g. 5s (got " + backoffMax + ")");
    } else if (backoffMax.compareTo(Duration.ofMinutes(2)) > 0) {
      // The consumer polls between retries; a longer sleep risks max.poll.interval.ms.
      problems.add("qa.audit.backoff.max must be at most 2m (got " + backoffMax + ")");
    }
    if (backoffInitial != null
        && backoffMax != null
        && problems.isEmpty()
        && backoffInitial.compareTo(backoffMax) > 0) {
      problems.add(
          "qa.audit.backoff.initial (%s) must not exceed qa.audit.backoff.max (%s)"
              .formatted(backoffInitial, backoffMax));
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid audit writer configuration: " + String.join("; ", problems));
    }
    topics = List.copyOf(topics);
  }

  /** The defaults: group qa-audit, every topic, 500 ms polls, 500-record batches, 100 ms..5 s. */
  public static AuditSettings defaults() {
    return new AuditSettings(
        DEFAULT_GROUP_ID,
        Topics.ALL,
        Duration.ofMillis(500),
        500,
        Duration.ofMillis(100),
        Duration.ofSeconds(5));
  }

  public AuditSettings withGroupId(String newGroupId) {
    return new AuditSettings(newGroupId, topics, pollTimeout, maxBatch, backoffInitial, backoffMax);
  }

  public AuditSettings withBackoff(Duration initial, Duration max) {
    return new AuditSettings(groupId, topics, pollTimeout, maxBatch, initial, max);
  }

  public AuditSettings withMaxBatch(int newMaxBatch) {
    return new AuditSettings(groupId, topics, pollTimeout, newMaxBatch, backoffInitial, backoffMax);
  }
}
