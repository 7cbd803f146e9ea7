package com.storefront.qa.worker.backend;

import java.util.concurrent.CompletableFuture;

/**
 * One running generation.
 *
 * @param reply completes with the whole reply, or exceptionally
 * @param cancel stops the generation and frees what it holds (an engine slot, an HTTP stream); its
 *     future may then complete or not, the loop ignores it
 */
public record Generation(CompletableFuture<BackendReply> reply, Runnable cancel) {

  /** A generation that has already failed. */
  public static Generation failed(Throwable error) {
    return new Generation(CompletableFuture.failedFuture(error), () -> {});
  }
}
