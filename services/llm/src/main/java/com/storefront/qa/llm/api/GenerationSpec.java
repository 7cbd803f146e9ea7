package com.storefront.qa.llm.api;

import java.time.Instant;
import java.util.Objects;

/**
 * One generation request.
 *
 * @param requestId caller's id, echoed in the {@link Completion}
 * @param systemPrompt system turn; {@code null} lets the chat template use its default
 * @param userMessage the user's question
 * @param params decoding parameters
 * @param seed seed of this request's random stream (sampling only); same seed, same text
 * @param deadline the sequence ends with {@link FinishReason#DEADLINE} once past it; {@code null}
 *     means no deadline
 */
public record GenerationSpec(
    String requestId,
    String systemPrompt,
    String userMessage,
    DecodingParams params,
    long seed,
    Instant deadline) {

  public GenerationSpec {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(userMessage, "userMessage");
    Objects.requireNonNull(params, "params");
  }

  /** The deadline used for scheduling: {@link Instant#MAX} when none was given. */
  public Instant effectiveDeadline() {
    return deadline == null ? Instant.MAX : deadline;
  }
}
