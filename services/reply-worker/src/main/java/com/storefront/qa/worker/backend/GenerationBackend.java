package com.storefront.qa.worker.backend;

/**
 * Where a reply is generated: the in-process engine, or an OpenAI-compatible server. The loop knows
 * nothing else about a backend: it starts a generation, waits for its {@link Generation#reply()},
 * and on a {@link BackendException} retries, falls back to the next backend of the request's order
 * or writes a FAILED result (which the orchestrator answers with the acknowledgement).
 *
 * <p>Implementations never block in {@link #start}, never retry by themselves (the loop's {@code
 * RetryPolicy} is the one retry layer) and never complete a reply with a partial text: a cut,
 * malformed or late generation fails.
 */
public interface GenerationBackend extends AutoCloseable {
  /** The configuration name, also recorded in every result: {@code in-process}, ... */
  String name();

  /** The model this backend runs (configured or loaded), for results written without generating. */
  String model();

  /** That model's revision, or null when unknown. */
  String modelRevision();

  /**
   * Starts a generation; the reply completes on another thread.
   *
   * @return the running generation; its future fails with a {@link BackendException} (or any
   *     exception, classified by the loop) when no reply can be had
   */
  Generation start(BackendRequest request);

  /** Generations waiting inside the backend for capacity; the loop pauses intake above a bound. */
  int queued();

  /** Frees what the backend holds (connections, timers); in-flight generations fail. */
  @Override
  default void close() {}
}
