package com.storefront.qa.worker.openai;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The part of the engine HTTP requests may hold: at most {@code max} HTTP generations queued or
 * decoding at once. The Kafka loop shares the same batch, and a sequence keeps its slot until it
 * finishes, so without a bound a burst of HTTP requests could occupy every slot and stall Kafka
 * work; with it, Kafka requests always find {@code max-batch - max} slots. Over the bound a client
 * gets 429 (the OpenAI SDKs retry that with backoff).
 */
final class HttpShare {
  private final int max;
  private final AtomicInteger inFlight = new AtomicInteger();

  HttpShare(int max) {
    this.max = max;
  }

  /**
   * @throws ApiError 429 when {@code max} HTTP generations are already in the engine
   */
  void acquire() {
    if (inFlight.incrementAndGet() > max) {
      inFlight.decrementAndGet();
      throw new ApiError(
          429,
          "requests",
          null,
          "rate_limit_exceeded",
          "This server is generating " + max + " HTTP requests already; retry shortly.");
    }
  }

  void release() {
    inFlight.decrementAndGet();
  }

  /** HTTP generations in the engine now. */
  int inFlight() {
    return inFlight.get();
  }
}
