package com.storefront.qa.contracts.event;

import java.time.Instant;

/**
 * Work for a reply worker on {@code qa.generation.requests.v1}, key = questionId. {@code
 * userMessage} is the question after PII masking; the raw text never leaves the orchestrator.
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
    Instant deadline) {

  public static final int SCHEMA_VERSION = 1;
}
