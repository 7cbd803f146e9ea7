package com.storefront.qa.worker.hosted;

import com.storefront.qa.worker.backend.BackendException;
import com.storefront.qa.worker.backend.BackendException.Kind;
import com.storefront.qa.worker.backend.BackendReply;
import com.storefront.qa.worker.backend.BackendRequest;
import com.storefront.qa.worker.backend.ChatTemplateFingerprint;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.parsetools.RecordParser;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * One streamed chat-completions call: sends the body, reads the event stream into an {@link
 * SseReply} and completes {@link #reply} once, with the whole reply or a classified {@link
 * BackendException}. The call ends at the earlier of the request's deadline and the request
 * timeout, whatever the server does; a connect or read (between-chunk) timeout ends it sooner.
 */
final class HostedCall {
  /** How the call ended, for the circuit breaker. */
  enum Outcome {
    SUCCESS,
    SERVER_FAILURE,
    NEUTRAL
  }

  final CompletableFuture<BackendReply> reply = new CompletableFuture<>();
  private final BackendRequest request;
  private final HostedSettings settings;
  private final Clock clock;
  private final Vertx vertx;
  private final SseReply sse = new SseReply();
  private final Instant started;
  private ChatBody body;
  private volatile HttpClientRequest http;
  private Duration firstText;
  private final AtomicBoolean ended = new AtomicBoolean();
  private final AtomicBoolean told = new AtomicBoolean();
  private volatile Consumer<Outcome> onEnd;
  private volatile long timer = -1;

  HostedCall(BackendRequest request, HostedSettings settings, Vertx vertx, Clock clock) {
    this.request = request;
    this.settings = settings;
    this.vertx = vertx;
    this.clock = clock;
    this.started = clock.instant();
  }

  /**
   * Sends the call; {@code onEnd} hears how it ended, once, before {@link #reply} completes (so
   * whoever sees the reply sees the circuit breaker already updated).
   */
  void send(HttpClient client, Consumer<Outcome> onEnd) {
    this.onEnd = onEnd;
    if (ended.get()) { // cancelled between leaving the queue and now: nothing went out
      tell(Outcome.NEUTRAL);
      return;
    }
    Duration budget = settings.requestTimeout();
    boolean deadlineBound = false;
    if (request.deadline() != null) {
      Duration left = Duration.between(clock.instant(), request.deadline());
      if (left.compareTo(budget) <= 0) {
        budget = left;
        deadlineBound = true;
      }
    }
    if (budget.toMillis() <= 0) {
      fail(Kind.RETRIABLE, "no time left before the deadline", true, null);
      return;
    }
    body = ChatBody.of(request, settings.model(), settings.samplingExtras());
    final boolean byDeadline = deadlineBound;
    final Duration limit = budget;
    timer =
        vertx.setTimer(
            limit.toMillis(),
            id ->
                fail(
                    Kind.RETRIABLE,
                    byDeadline
                        ? "no whole reply before the request's deadline ("
                            + limit.toMillis()
                            + " ms)"
                        : "no whole reply within the request timeout " + limit,
                    true,
                    null));
    RequestOptions options =
        new RequestOptions()
            .setMethod(HttpMethod.POST)
            .setAbsoluteURI(settings.chatCompletions().toString())
            .setConnectTimeout(Math.min(settings.connectTimeout().toMillis(), limit.toMillis()))
            .setIdleTimeout(settings.readTimeout().toMillis())
            .putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
            .putHeader(HttpHeaders.ACCEPT, "text/event-stream");
    if (settings.apiKey() != null) {
      options.putHeader(HttpHeaders.AUTHORIZATION, "Bearer " + settings.apiKey());
    }
    // The response's handlers must be set in the same event-loop turn that delivers the response:
    // one hop later (a composed future, another context) and the stream's first chunk is gone.
    client
        .request(options)
        .onSuccess(
            req -> {
              http = req;
              if (ended.get()) {
                req.reset();
                return;
              }
              req.send(Buffer.buffer(body.json()))
                  .onSuccess(this::onResponse)
                  .onFailure(this::callFailed);
            })
        .onFailure(this::callFailed);
  }

  private void callFailed(Throwable t) {
    fail(Kind.RETRIABLE, "call failed: " + describe(t), true, t);
  }

  private void onResponse(HttpClientResponse resp) {
    int status = resp.statusCode();
    if (status == 200) {
      RecordParser lines = RecordParser.newDelimited("\n", b -> onLine(b.toString()));
      resp.handler(lines);
      resp.exceptionHandler(t -> fail(Kind.RETRIABLE, "stream broke: " + describe(t), true, t));
      resp.endHandler(v -> onEnd());
      return;
    }
    String retryAfter = resp.getHeader("Retry-After");
    resp.body()
        .onComplete(
            b -> {
              String text = b.succeeded() ? SseReply.snippet(b.result().toString()) : "";
              String what = "HTTP " + status + (text.isEmpty() ? "" : ": " + text);
              if (status == 429) {
                failWith(
                    new BackendException(
                        Kind.RETRIABLE,
                        "rate limited, " + what,
                        RetryAfter.parse(retryAfter, clock.instant()),
                        null),
                    false);
              } else if (status >= 500 || status == 408) {
                fail(Kind.RETRIABLE, what, true, null);
              } else {
                fail(Kind.NEXT_BACKEND, "rejected, " + what, false, null);
              }
            });
  }

  private void onLine(String line) {
    if (ended.get()) {
      return;
    }
    try {
      sse.line(line);
      if (firstText == null && sse.hasText()) {
        firstText = Duration.between(started, clock.instant());
      }
    } catch (BackendException e) {
      failWith(e, true);
      HttpClientRequest h = http;
      if (h != null) {
        h.reset();
      }
    }
  }

  private void onEnd() {
    if (ended.get()) {
      return;
    }
    try {
      SseReply.Finished f = sse.end();
      settle(
          new BackendReply(
              f.text(),
              f.reason(),
              OpenAiCompatibleBackend.NAME,
              f.model() != null ? f.model() : settings.model(),
              f.fingerprint() != null ? f.fingerprint() : settings.modelRevision(),
              ChatTemplateFingerprint.SERVER,
              body.used(),
              f.promptTokens(),
              f.completionTokens(),
              Double.NaN,
              firstText),
          null,
          Outcome.SUCCESS);
    } catch (BackendException e) {
      failWith(e, e.kind() == Kind.RETRIABLE);
    }
  }

  /** Stops the call (cancel, deadline): the stream is reset, nothing more is read. */
  void cancel() {
    failWith(new BackendException(Kind.RETRIABLE, "cancelled"), false);
    HttpClientRequest h = http;
    if (h != null) {
      h.reset();
    }
  }

  private void fail(Kind kind, String message, boolean countsAgainstServer, Throwable cause) {
    failWith(new BackendException(kind, message, null, cause), countsAgainstServer);
    HttpClientRequest h = http;
    if (h != null) {
      h.reset();
    }
  }

  private void failWith(BackendException e, boolean countsAgainstServer) {
    settle(null, e, countsAgainstServer ? Outcome.SERVER_FAILURE : Outcome.NEUTRAL);
  }

  /** Ends the call once: timer off, the backend told how it ended, then the reply completed. */
  private void settle(BackendReply r, BackendException e, Outcome outcome) {
    if (!ended.compareAndSet(false, true)) {
      return;
    }
    if (timer >= 0) {
      vertx.cancelTimer(timer);
    }
    tell(outcome);
    if (r != null) {
      reply.complete(r);
    } else {
      reply.completeExceptionally(e);
    }
  }

  /** Tells the backend how the call ended, at most once, whichever of send and settle is last. */
  private void tell(Outcome outcome) {
    Consumer<Outcome> listener = onEnd;
    if (listener != null && told.compareAndSet(false, true)) {
      listener.accept(outcome);
    }
  }

  private static String describe(Throwable t) {
    String m = t.getMessage();
    return t.getClass().getSimpleName() + (m == null ? "" : ": " + SseReply.snippet(m));
  }
}
