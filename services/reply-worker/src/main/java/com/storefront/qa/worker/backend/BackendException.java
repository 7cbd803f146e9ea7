package com.storefront.qa.worker.backend;

import java.time.Duration;

/**
 * A classified backend failure. The loop retries {@link Kind#RETRIABLE} on the same backend (after
 * at least {@link #retryAfter()}), moves on to the next backend of the order for {@link
 * Kind#NEXT_BACKEND} (and once retries are used up), and answers {@link Kind#FATAL} at once with a
 * FAILED result.
 */
public final class BackendException extends RuntimeException {
  /** What the failure means for the request. */
  public enum Kind {
    /** Transient: a 5xx, a timeout, a cut or malformed stream, a 429. */
    RETRIABLE,
    /** This backend cannot serve it now or at all (circuit open, rejected by the server). */
    NEXT_BACKEND,
    /** The request itself is bad; no backend would do better. */
    FATAL
  }

  private final Kind kind;
  private final Duration retryAfter;

  public BackendException(Kind kind, String message) {
    this(kind, message, null, null);
  }

  public BackendException(Kind kind, String message, Duration retryAfter, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.retryAfter = retryAfter;
  }

  public Kind kind() {
    return kind;
  }

  /** The server's Retry-After, or null. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
