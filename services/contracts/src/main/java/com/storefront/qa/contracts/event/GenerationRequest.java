package com.storefront.qa.contracts.event;

import java.time.Instant;
import java.util.List;

/**
 * Work for a reply worker on {@code qa.generation.requests.v1}, key = questionId. {@code
 * userMessage} is the question after PII masking; the raw text never leaves the orchestrator.
 *
 * @param productName the product the question is about; the worker puts it into the prompt
 *     (escaped, so it cannot open a chat-template turn)
 * @param shopName the shop's display name from its policy, for the prompt; optional
 * @param backends the shop's ordered generation backends (e.g. {@code ["openai-compatible",
 *     "in-process"]}); null or empty = the worker's configured order. The acknowledgement is the
 *     implicit last step of every order: a FAILED result makes the orchestrator publish it
 * @param threadId the question thread this question belongs to; optional
 * @param history earlier exchanges of the thread, oldest first; optional. The worker keeps the
 *     newest that fit its thread token budget and drops the oldest first
 */
public record GenerationRequest(
    int schemaVersion,
    String requestId,
    String questionId,
    String shopId,
    String productId,
    String productName,
    String locale,
    String systemPrompt,
    String userMessage,
    GenerationParams params,
    long seed,
    Instant requestedAt,
    Instant deadline,
    String shopName,
    List<String> backends,
    String threadId,
    List<ThreadTurn> history) {

  public static final int SCHEMA_VERSION = 1;

  /**
   * A request without shop name, backend order or thread (the form written before they existed).
   */
  public GenerationRequest(
      int schemaVersion,
      String requestId,
      String questionId,
      String shopId,
      String productId,
      String productName,
      String locale,
      String systemPrompt,
      String userMessage,
      GenerationParams params,
      long seed,
      Instant requestedAt,
      Instant deadline) {
    this(
        schemaVersion,
        requestId,
        questionId,
        shopId,
        productId,
        productName,
        locale,
        systemPrompt,
        userMessage,
        params,
        seed,
        requestedAt,
        deadline,
        null,
        null,
        null,
        null);
  }

  /** This request with another requestId (all other fields kept). */
  public GenerationRequest withRequestId(String id) {
    return new GenerationRequest(
        schemaVersion,
        id,
        questionId,
        shopId,
        productId,
        productName,
        locale,
        systemPrompt,
        userMessage,
        params,
        seed,
        requestedAt,
        deadline,
        shopName,
        backends,
        threadId,
        history);
  }
}
