package com.storefront.qa.llm.api;

/**
 * Scheduler counters.
 *
 * @param activeSequences sequences being decoded
 * @param queuedSequences sequences waiting for admission
 * @param cachedTokens tokens held in KV caches now
 * @param generatedTokens tokens generated since start
 * @param decodeTokensPerSecond aggregate decode rate over the recent steps
 * @param decodeStepTokens tokens produced by batched decode steps since start (prefill's first
 *     tokens excluded)
 * @param decodeStepNanos time spent in those decode steps since start (forward pass and sampling);
 *     the difference of two snapshots gives the decode rate over any interval
 */
public record EngineStats(
    int activeSequences,
    int queuedSequences,
    long cachedTokens,
    long generatedTokens,
    double decodeTokensPerSecond,
    long decodeStepTokens,
    long decodeStepNanos) {}
