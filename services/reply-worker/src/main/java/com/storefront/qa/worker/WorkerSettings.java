package com.storefront.qa.worker;

import com.storefront.qa.contracts.Topics;
import java.time.Duration;
import java.util.Objects;

/**
 * Everything the {@link GenerationLoop} needs besides the engine and the Kafka client properties.
 *
 * @param workerId stable id of this worker instance (the pod name); the producer's {@code
 *     transactional.id} is {@code qa-reply-worker-<workerId>}, so a restarted pod with the same
 *     name fences its predecessor's open transaction at once
 * @param groupId consumer group of all workers
 * @param requestsTopic topic consumed
 * @param resultsTopic topic produced
 * @param maxInFlight requests handed to the engine and not yet finished before partitions pause
 * @param maxQueued engine queue depth ({@code stats().queuedSequences()}) at which partitions pause
 * @param shutdownGrace how long a graceful shutdown lets in-flight generations finish
 * @param maxRetries retries of a retriable engine failure before a FAILED result
 * @param retryBackoff first retry delay, doubled for each further retry
 * @param generationTimeout watchdog: a generation not finished after this is treated as failed
 * @param maxNewTokensCap upper bound applied to every request's maxNewTokens
 * @param commitInterval minimum time between result transactions while results keep arriving
 * @param transactionTimeout producer {@code transaction.timeout.ms}: how long a crashed worker's
 *     open transaction can block its partitions when no restart with the same id fences it
 * @param threadTokenBudget estimated tokens that earlier turns of a question thread may add to the
 *     prompt (oldest dropped first); 0 = no thread context
 */
public record WorkerSettings(
    String workerId,
    String groupId,
    String requestsTopic,
    String resultsTopic,
    int maxInFlight,
    int maxQueued,
    Duration shutdownGrace,
    int maxRetries,
    Duration retryBackoff,
    Duration generationTimeout,
    int maxNewTokensCap,
    Duration commitInterval,
    Duration transactionTimeout,
    int threadTokenBudget) {

  public static final String DEFAULT_GROUP = "qa-reply-worker";
  public static final int DEFAULT_THREAD_TOKEN_BUDGET = 512;

  /** Settings with the default thread token budget. */
  public WorkerSettings(
      String workerId,
      String groupId,
      String requestsTopic,
      String resultsTopic,
      int maxInFlight,
      int maxQueued,
      Duration shutdownGrace,
      int maxRetries,
      Duration retryBackoff,
      Duration generationTimeout,
      int maxNewTokensCap,
      Duration commitInterval,
      Duration transactionTimeout) {
    this(
        workerId,
        groupId,
        requestsTopic,
        resultsTopic,
        maxInFlight,
        maxQueued,
        shutdownGrace,
        maxRetries,
        retryBackoff,
        generationTimeout,
        maxNewTokensCap,
        commitInterval,
        transactionTimeout,
        DEFAULT_THREAD_TOKEN_BUDGET);
  }

  public WorkerSettings {
    Objects.requireNonNull(workerId, "workerId");
    if (maxInFlight < 1
        || maxQueued < 1
        || maxRetries < 0
        || maxNewTokensCap < 1
        || threadTokenBudget < 0) {
      throw new IllegalArgumentException("bounds must be positive (retries, thread budget >= 0)");
    }
  }

  /** Defaults for an engine with the given batch size. */
  public static WorkerSettings defaults(String workerId, int maxBatch) {
    return new WorkerSettings(
        workerId,
        DEFAULT_GROUP,
        Topics.GENERATION_REQUESTS,
        Topics.GENERATION_RESULTS,
        2 * maxBatch,
        maxBatch,
        Duration.ofSeconds(20),
        2,
        Duration.ofMillis(200),
        Duration.ofMinutes(2),
        512,
        Duration.ofMillis(100),
        Duration.ofSeconds(15));
  }

  /** The producer's transactional id. */
  public String transactionalId() {
    return "qa-reply-worker-" + workerId;
  }

  public WorkerSettings withShutdownGrace(Duration d) {
    return new WorkerSettings(
        workerId,
        groupId,
        requestsTopic,
        resultsTopic,
        maxInFlight,
        maxQueued,
        d,
        maxRetries,
        retryBackoff,
        generationTimeout,
        maxNewTokensCap,
        commitInterval,
        transactionTimeout,
        threadTokenBudget);
  }

  public WorkerSettings withMaxInFlight(int n) {
    return new WorkerSettings(
        workerId,
        groupId,
        requestsTopic,
        resultsTopic,
        n,
        maxQueued,
        shutdownGrace,
        maxRetries,
        retryBackoff,
        generationTimeout,
        maxNewTokensCap,
        commitInterval,
        transactionTimeout,
        threadTokenBudget);
  }

  public WorkerSettings withTransactionTimeout(Duration d) {
    return new WorkerSettings(
        workerId,
        groupId,
        requestsTopic,
        resultsTopic,
        maxInFlight,
        maxQueued,
        shutdownGrace,
        maxRetries,
        retryBackoff,
        generationTimeout,
        maxNewTokensCap,
        commitInterval,
        d,
        threadTokenBudget);
  }

  public WorkerSettings withCommitInterval(Duration d) {
    return new WorkerSettings(
        workerId,
        groupId,
        requestsTopic,
        resultsTopic,
        maxInFlight,
        maxQueued,
        shutdownGrace,
        maxRetries,
        retryBackoff,
        generationTimeout,
        maxNewTokensCap,
        d,
        transactionTimeout,
        threadTokenBudget);
  }

  public WorkerSettings withThreadTokenBudget(int n) {
    return new WorkerSettings(
        workerId,
        groupId,
        requestsTopic,
        resultsTopic,
        maxInFlight,
        maxQueued,
        shutdownGrace,
        maxRetries,
        retryBackoff,
        generationTimeout,
        maxNewTokensCap,
        commitInterval,
        transactionTimeout,
        n);
  }
}
