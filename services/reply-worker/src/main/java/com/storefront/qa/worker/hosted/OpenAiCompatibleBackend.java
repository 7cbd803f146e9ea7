package com.storefront.qa.worker.hosted;

import com.storefront.qa.worker.backend.BackendException;
import com.storefront.qa.worker.backend.BackendRequest;
import com.storefront.qa.worker.backend.Generation;
import com.storefront.qa.worker.backend.GenerationBackend;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import org.jboss.logging.Logger;

/**
 * Any {@code /v1/chat/completions} server (OpenAI, vLLM, Ollama, TGI's OpenAI route) as a backend,
 * over Vert.x's HTTP client with the stream read as server-sent events.
 *
 * <p>At most {@code maxConcurrent} calls are open; more wait here ({@link #queued()} feeds the
 * loop's back-pressure). A {@link CircuitBreaker} sends every call to the next backend for a
 * cooldown after repeated server failures. Nothing here retries: the loop's retry policy is the one
 * retry layer, and a 429's {@code Retry-After} travels to it in the {@link BackendException}. The
 * API key goes only into the Authorization header, never into a log line or an error.
 */
public final class OpenAiCompatibleBackend implements GenerationBackend {
  public static final String NAME = "openai-compatible";
  private static final Logger LOG = Logger.getLogger(OpenAiCompatibleBackend.class);

  private final HostedSettings settings;
  private final Vertx vertx;
  private final Context context;
  private final HttpClient client;
  private final Clock clock;
  private final CircuitBreaker breaker;
  private final Deque<HostedCall> waiting = new ArrayDeque<>();
  private int open;

  public OpenAiCompatibleBackend(HostedSettings settings, Vertx vertx) {
    this(settings, vertx, Clock.systemUTC());
  }

  OpenAiCompatibleBackend(HostedSettings settings, Vertx vertx, Clock clock) {
    this.settings = settings;
    this.vertx = vertx;
    this.clock = clock;
    this.context = vertx.getOrCreateContext();
    this.breaker =
        new CircuitBreaker(settings.breakerFailures(), settings.breakerCooldown(), clock);
    this.client =
        vertx.createHttpClient(
            new HttpClientOptions()
                .setConnectTimeout((int) settings.connectTimeout().toMillis())
                .setKeepAlive(true)
                .setSsl("https".equalsIgnoreCase(settings.baseUrl().getScheme())),
            new PoolOptions().setHttp1MaxSize(settings.maxConcurrent()));
    LOG.infof(
        "openai-compatible backend: %s, model %s, at most %d calls at once, api key %s",
        settings.chatCompletions(),
        settings.model(),
        settings.maxConcurrent(),
        settings.apiKey() == null ? "none" : "set");
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String model() {
    return settings.model();
  }

  @Override
  public String modelRevision() {
    return settings.modelRevision();
  }

  @Override
  public Generation start(BackendRequest request) {
    if (!breaker.allow()) {
      return Generation.failed(
          new BackendException(BackendException.Kind.NEXT_BACKEND, "circuit open"));
    }
    HostedCall call = new HostedCall(request, settings, vertx, clock);
    synchronized (this) {
      waiting.add(call);
    }
    call.reply.whenComplete(
        (r, t) -> {
          if (dequeue(call)) {
            breaker.neutral(); // ended while waiting (cancelled): it told nothing about the server
          }
        });
    pump();
    return new Generation(call.reply, call::cancel);
  }

  private void pump() {
    while (true) {
      HostedCall next;
      synchronized (this) {
        if (open >= settings.maxConcurrent() || waiting.isEmpty()) {
          return;
        }
        next = waiting.poll();
        if (next.reply.isDone()) {
          continue;
        }
        open++;
      }
      // Every call starts on the backend's one context, so its request, connection and response
      // callbacks share one event loop and no callback is dispatched a turn late.
      HostedCall call = next;
      context.runOnContext(v -> call.send(client, this::ended));
    }
  }

  /** Removes a call that never went out; true if it was still waiting. */
  private synchronized boolean dequeue(HostedCall call) {
    return waiting.remove(call);
  }

  private void ended(HostedCall.Outcome outcome) {
    synchronized (this) {
      open--;
    }
    switch (outcome) {
      case SUCCESS -> breaker.success();
      case SERVER_FAILURE -> {
        if (breaker.failure()) {
          LOG.warnf(
              "openai-compatible backend %s: circuit open for %s after repeated failures",
              settings.baseUrl(), settings.breakerCooldown());
        }
      }
      case NEUTRAL -> breaker.neutral();
    }
    pump();
  }

  @Override
  public synchronized int queued() {
    return waiting.size();
  }

  @Override
  public void close() {
    client.close();
  }
}
