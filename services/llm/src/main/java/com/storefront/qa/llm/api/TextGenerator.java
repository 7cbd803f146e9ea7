package com.storefront.qa.llm.api;

import java.util.concurrent.CompletableFuture;

/**
 * A loaded language model that turns a chat (system prompt + user message) into a reply.
 *
 * <p>Implementations batch concurrent requests: {@link #submit} never blocks on generation, it
 * queues the request and completes the future when the sequence finishes (by stop token, length,
 * deadline or error). Futures complete normally even for {@link FinishReason#ERROR} and {@link
 * FinishReason#DEADLINE}; they complete exceptionally only for invalid specs or after {@link
 * #close()}.
 */
public interface TextGenerator extends AutoCloseable {

  /**
   * Queues a generation request; the future completes when the sequence finishes. Cancelling the
   * future ({@code cancel}) stops the generation: it leaves the queue, or the running batch with
   * its slot and cache budget freed, before the next decode step.
   */
  CompletableFuture<Completion> submit(GenerationSpec spec);

  /**
   * Queues a generation over a whole conversation and streams its text to {@code listener} as it is
   * decoded (see {@link TextListener} for the thread and the guarantees). Completion and
   * cancellation behave as for {@link #submit(GenerationSpec)}: a cancelled future stops the
   * generation before the next decode step and the listener hears nothing more.
   */
  CompletableFuture<Completion> submit(ChatSpec spec, TextListener listener);

  /** Describes the loaded model (name, revision, size, device). */
  ModelInfo modelInfo();

  /** A snapshot of the scheduler's counters. */
  EngineStats stats();

  /** Stops the scheduler, fails queued requests and frees native memory. */
  @Override
  void close();
}
