package com.storefront.qa.contracts.event;

import java.time.Instant;

/**
 * A reply worker's output on {@code qa.generation.results.v1}, key = questionId. {@code
 * finishReason} is STOP, LENGTH, DEADLINE or ERROR; {@code meanLogProb} is the mean log-probability
 * of the generated tokens (moderation reads it as a degeneration signal); {@code error} is set when
 * {@code status} is FAILED.
 */
public record GenerationResult(
    int schemaVersion,
    String requestId,
    String questionId,
    String shopId,
    GenerationStatus status,
    String text,
    String finishReason,
    String model,
    String modelRevision,
    GenerationParams params,
    long seed,
    int promptTokens,
    int completionTokens,
    long latencyMs,
    Double meanLogProb,
    String error,
    String workerId,
    Instant completedAt) {

  public static final int SCHEMA_VERSION = 1;
}
