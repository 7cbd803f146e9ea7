package com.storefront.qa.worker.backend;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.llm.api.FinishReason;
import java.time.Duration;

/**
 * A finished generation with its provenance.
 *
 * @param text the whole reply (never a part of one)
 * @param finishReason STOP, LENGTH or, in-process only, DEADLINE (written as FAILED)
 * @param backend the backend's name
 * @param model the model that wrote it (engine folder name, or what the server reported)
 * @param modelRevision checkpoint fingerprint or server fingerprint; null when unknown
 * @param promptTemplateVersion prompt assembly and chat template version
 * @param used the decoding parameters actually applied
 * @param promptTokens prompt tokens (0 when the server did not say)
 * @param completionTokens generated tokens (0 when the server did not say)
 * @param meanLogProb mean log-probability of the generated tokens, NaN when unknown
 * @param timeToFirstToken from start to the first text, null when unknown
 */
public record BackendReply(
    String text,
    FinishReason finishReason,
    String backend,
    String model,
    String modelRevision,
    String promptTemplateVersion,
    GenerationParams used,
    int promptTokens,
    int completionTokens,
    double meanLogProb,
    Duration timeToFirstToken) {}
