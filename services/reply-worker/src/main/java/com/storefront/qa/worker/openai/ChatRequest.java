package com.storefront.qa.worker.openai;

import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.DecodingParams;
import java.util.List;

/**
 * A checked {@code /v1/chat/completions} request.
 *
 * @param model the requested model id, or null when the client named none
 * @param messages the conversation for the chat template
 * @param params engine decoding parameters (greedy when temperature is 0)
 * @param seed the request's seed (random when the client gave none)
 * @param stream answer as server-sent events
 * @param includeUsage streaming only: a last chunk with usage and no choices
 */
record ChatRequest(
    String model,
    List<ChatMessage> messages,
    DecodingParams params,
    long seed,
    boolean stream,
    boolean includeUsage) {}
