package com.storefront.qa.contracts.event;

import java.time.Instant;

/**
 * A reply worker's output on {@code qa.generation.results.v1}, key = questionId. {@code
 * finishReason} is STOP, LENGTH, DEADLINE or ERROR; {@code meanLogProb} is the mean log-probability
 * of the generated tokens (moderation reads it as a degeneration signal); {@code error} is set when
 * {@code status} is FAILED. A FAILED result never carries a partial reply as something to publish:
 * the orchestrator publishes the acknowledgement instead.
 *
 * <p>Provenance (what wrote this reply, for the audit):
 *
 * @param model the model that wrote it: the engine's model folder name, or the model name the
 *     hosted server reported
 * @param modelRevision the in-process checkpoint fingerprint, or the hosted server's {@code
 *     system_fingerprint} (else the configured revision); null when unknown
 * @param params the decoding parameters actually used (after normalisation and caps)
 * @param backend the generation backend that produced this result: {@code in-process} or {@code
 *     openai-compatible}; null when no backend was called (deadline passed on receipt, invalid)
 * @param promptTemplateVersion the version of the worker's prompt assembly and of the chat template
 *     that rendered it, e.g. {@code qa-prompt-2+chat:3f9a0c21d4e5} (in-process: a fingerprint of
 *     the model's chat_template) or {@code qa-prompt-2+chat:server} (hosted: the server's template)
 * @param fallbackReason why earlier backends of the request's order were not used (e.g. {@code
 *     openai-compatible: circuit open}); null when the first backend answered
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
    Instant completedAt,
    String backend,
    String promptTemplateVersion,
    String fallbackReason) {

  public static final int SCHEMA_VERSION = 1;

  /** A result without provenance beyond model and params (the form written before it existed). */
  public GenerationResult(
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
    this(
        schemaVersion,
        requestId,
        questionId,
        shopId,
        status,
        text,
        finishReason,
        model,
        modelRevision,
        params,
        seed,
        promptTokens,
        completionTokens,
        latencyMs,
        meanLogProb,
        error,
        workerId,
        completedAt,
        null,
        null,
        null);
  }
}
