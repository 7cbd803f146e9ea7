package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.EngineStats;
import java.util.List;

/**
 * The scheduler's figures: written by the scheduler thread only, published through volatile fields
 * for {@link #snapshot} readers on other threads.
 */
final class EngineCounters {
  private volatile int queued;
  private volatile int activeCount;
  private volatile long cachedTokens;
  private volatile long generatedTokens;
  private volatile double decodeRate;
  private volatile long decodeStepTokens;
  private volatile long decodeStepNanos;
  private long reserved;

  /** Tokens reserved (prompt + maximum new) by admitted sequences. */
  long reserved() {
    return reserved;
  }

  void admitted(long tokens) {
    reserved += tokens;
  }

  void released(long tokens) {
    reserved -= tokens;
  }

  void generated() {
    generatedTokens++; // one writer (the scheduler thread); volatile for readers
  }

  /** A pass that advanced {@code tokens} decoding sequences in {@code nanos}. */
  void decodeStep(int tokens, long nanos) {
    if (tokens == 0) {
      return;
    }
    double rate = tokens / (nanos / 1e9);
    decodeRate = decodeRate == 0 ? rate : 0.9 * decodeRate + 0.1 * rate;
    decodeStepTokens += tokens;
    decodeStepNanos += nanos;
  }

  /** Publishes queue and batch sizes after a pass. */
  void publish(int queuedNow, List<Sequence> active) {
    queued = queuedNow;
    activeCount = active.size();
    long c = 0;
    for (Sequence s : active) {
      c += s.cached;
    }
    cachedTokens = c;
  }

  EngineStats snapshot(int inbox) {
    return new EngineStats(
        activeCount,
        queued + inbox,
        cachedTokens,
        generatedTokens,
        decodeRate,
        decodeStepTokens,
        decodeStepNanos);
  }
}
