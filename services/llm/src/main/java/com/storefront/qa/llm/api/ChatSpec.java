package com.storefront.qa.llm.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A generation over a whole conversation (any number of system, user and assistant turns), for
 * callers such as an OpenAI-compatible server. A {@link GenerationSpec} is the one-question case:
 * {@code [system, user]} renders the same prompt as {@code GenerationSpec(system, user)}.
 *
 * @param requestId caller's id, echoed in the {@link Completion}
 * @param messages the conversation, in order; rendered with {@code add_generation_prompt=true}
 * @param params decoding parameters
 * @param seed seed of this request's random stream (sampling only)
 * @param deadline the sequence ends with {@link FinishReason#DEADLINE} once past it; {@code null}:
 *     none
 */
public record ChatSpec(
    String requestId,
    List<ChatMessage> messages,
    DecodingParams params,
    long seed,
    Instant deadline) {

  public ChatSpec {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(params, "params");
    messages = List.copyOf(messages);
    if (messages.isEmpty()) {
      throw new IllegalArgumentException("messages must not be empty");
    }
  }
}
