package com.storefront.qa.worker;

import com.storefront.qa.worker.backend.BackendReply;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Turns each finished attempt into a result, a retry, a move to the next backend, or a redelivery,
 * following the {@link RetryPolicy}. Runs on the loop thread.
 */
final class FailureHandler {
  private static final Logger LOG = Logger.getLogger(FailureHandler.class);

  private final InFlightTable inFlight;
  private final Dispatcher dispatcher;
  private final ResultCommitter committer;
  private final ResultFactory results;
  private final RetryPolicy retries;
  private final WorkerMetrics metrics;

  FailureHandler(
      InFlightTable inFlight,
      Dispatcher dispatcher,
      ResultCommitter committer,
      ResultFactory results,
      RetryPolicy retries,
      WorkerMetrics metrics) {
    this.inFlight = inFlight;
    this.dispatcher = dispatcher;
    this.committer = committer;
    this.results = results;
    this.retries = retries;
    this.metrics = metrics;
  }

  /** Takes every finished attempt off the dispatcher's queue and decides what comes next. */
  void drain(Instant now, boolean draining) {
    Dispatcher.Done d;
    while ((d = dispatcher.poll()) != null) {
      InFlight f = inFlight.get(d.ticket());
      if (f == null || f.generation != d.generation() || f.retryAt != null) {
        continue; // partition revoked / state reset / superseded by the watchdog
      }
      if (d.error() == null && d.reply() != null) {
        succeeded(f, d.reply(), now);
      } else {
        failed(
            f,
            ErrorClassifier.classify(d.error()),
            ErrorClassifier.describe(d.error()),
            ErrorClassifier.retryAfter(d.error()),
            now,
            draining);
      }
    }
  }

  private void succeeded(InFlight f, BackendReply reply, Instant now) {
    inFlight.remove(f);
    metrics.reply(reply);
    Duration latency = Duration.between(f.receivedAt, now);
    committer.complete(f, results.fromReply(f.request, reply, f.fallbackReason(), latency, now));
  }

  /** Decides for a failed (or abandoned) attempt. */
  void failed(
      InFlight f,
      ErrorClassifier.Kind kind,
      String error,
      Duration retryAfter,
      Instant now,
      boolean draining) {
    String id = f.request.requestId();
    Duration timeLeft =
        f.request.deadline() == null ? null : Duration.between(now, f.request.deadline());
    RetryPolicy.Attempt at =
        new RetryPolicy.Attempt(
            f.pastDeadline(now), timeLeft, retryAfter, f.hasNextBackend(), draining);
    switch (retries.decide(kind, error, f.attempts, at)) {
      case RetryPolicy.Redeliver r -> {
        inFlight.remove(f);
        LOG.infof("request %s failed during shutdown (%s); left for redelivery", id, error);
      }
      case RetryPolicy.Retry r -> {
        inFlight.retryAt(f, now.plus(r.backoff()));
        metrics.retry();
        LOG.warnf(
            "request %s attempt %d on %s failed (%s); retrying in %d ms",
            id, f.attempts, f.backend().name(), error, r.backoff().toMillis());
      }
      case RetryPolicy.NextBackend n -> {
        String from = f.backend().name();
        f.nextBackend(n.why());
        metrics.fallback(from, f.backend().name());
        LOG.warnf(
            "request %s: %s failed (%s); falling back to %s",
            id, from, n.why(), f.backend().name());
        dispatcher.submit(f);
      }
      case RetryPolicy.Fail fail -> {
        inFlight.remove(f);
        LOG.warnf("request %s failed: %s", id, fail.error());
        Duration latency = Duration.between(f.receivedAt, now);
        committer.complete(
            f,
            results.failed(
                f.request,
                f.used,
                fail.reason(),
                fail.error(),
                latency,
                now,
                f.backend(),
                f.fallbackReason()));
      }
    }
  }
}
