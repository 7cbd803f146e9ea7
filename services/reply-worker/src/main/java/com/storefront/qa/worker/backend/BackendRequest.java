package com.storefront.qa.worker.backend;

import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.DecodingParams;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What every backend gets: the rendered conversation (system prompt with product and shop, thread
 * turns, the masked question; all untrusted text already neutralised), validated decoding
 * parameters, the seed and the deadline.
 *
 * @param deadline no reply is any use after it; null = none
 */
public record BackendRequest(
    String requestId,
    List<ChatMessage> messages,
    DecodingParams params,
    long seed,
    Instant deadline) {

  public BackendRequest {
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(params, "params");
    messages = List.copyOf(messages);
  }
}
