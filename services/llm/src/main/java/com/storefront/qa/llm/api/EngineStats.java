package com.storefront.qa.llm.api;

/**
 * Scheduler counters.
 *
 * @param activeSequences sequences being decoded
 * @param queuedSequences sequences waiting for admission
 * @param cachedTokens tokens held in KV caches now
 * @param generatedTokens tokens generated since start
 * @param decodeTokensPerSecond aggregate decode rate over the recent steps
 */
public record EngineStats(
    int activeSequences,
    int queuedSequences,
    long cachedTokens,
    long generatedTokens,
    double decodeTokensPerSecond) {}
