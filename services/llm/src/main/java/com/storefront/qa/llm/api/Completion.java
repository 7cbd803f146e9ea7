package com.storefront.qa.llm.api;

import java.time.Duration;

/**
 * The result of one generation.
 *
 * @param requestId the spec's id
 * @param text the decoded reply, without the stop token and cut before any stop string
 * @param finishReason why generation ended
 * @param promptTokens tokens in the rendered chat prompt
 * @param completionTokens tokens generated (including a final eos token, if any)
 * @param meanLogProb mean natural-log probability of the chosen tokens, taken from the distribution
 *     the choice was made from (after all logits processors); NaN if none
 * @param timeToFirstToken from submit to the first generated token
 * @param latency from submit to completion
 */
public record Completion(
    String requestId,
    String text,
    FinishReason finishReason,
    int promptTokens,
    int completionTokens,
    double meanLogProb,
    Duration timeToFirstToken,
    Duration latency) {}
