package com.storefront.qa.worker;

import com.storefront.qa.worker.backend.BackendException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * Decides whether an engine failure is worth retrying.
 *
 * <p>FATAL: the request itself is bad (invalid spec, unsupported input): retrying gives the same
 * answer, so the worker writes a FAILED result at once. RETRIABLE: anything else the engine throws
 * (native errors, out of memory while the KV cache is full, a sequence that ended with finish
 * reason ERROR, a watchdog timeout): retried a bounded number of times with backoff, then FAILED.
 */
public final class ErrorClassifier {

  /** How to treat a failure. */
  public enum Kind {
    RETRIABLE,
    /** This backend cannot serve the request (circuit open, rejected): try the next one now. */
    NEXT_BACKEND,
    FATAL
  }

  private ErrorClassifier() {}

  /** Strips CompletableFuture wrappers. */
  public static Throwable unwrap(Throwable t) {
    Throwable cur = t;
    while ((cur instanceof CompletionException || cur instanceof ExecutionException)
        && cur.getCause() != null) {
      cur = cur.getCause();
    }
    return cur;
  }

  /** Classifies a failure thrown by {@code submit} or carried by its future. */
  public static Kind classify(Throwable t) {
    Throwable e = unwrap(t);
    if (e instanceof BackendException b) {
      return switch (b.kind()) {
        case RETRIABLE -> Kind.RETRIABLE;
        case NEXT_BACKEND -> Kind.NEXT_BACKEND;
        case FATAL -> Kind.FATAL;
      };
    }
    if (e instanceof InvalidRequestException
        || e instanceof IllegalArgumentException
        || e instanceof NullPointerException
        || e instanceof UnsupportedOperationException) {
      return Kind.FATAL;
    }
    if (e instanceof Error && !(e instanceof OutOfMemoryError)) {
      return Kind.FATAL;
    }
    return Kind.RETRIABLE;
  }

  /** The Retry-After a backend asked for, or null. */
  public static Duration retryAfter(Throwable t) {
    return unwrap(t) instanceof BackendException b ? b.retryAfter() : null;
  }

  /** A one-line description for the result's {@code error} field. */
  public static String describe(Throwable t) {
    Throwable e = unwrap(t);
    String msg = e.getMessage();
    if (e instanceof BackendException) {
      return msg;
    }
    return e.getClass().getSimpleName() + (msg == null || msg.isBlank() ? "" : ": " + msg);
  }
}
