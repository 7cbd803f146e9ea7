package com.storefront.qa.worker.hosted;

import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.worker.backend.BackendRequest;
import io.vertx.core.Vertx;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Requests/s and latency percentiles of the hosted path (the {@code openai-compatible} backend:
 * body mapping, HTTP, SSE parsing, concurrency queue, circuit breaker) against {@link ChatStub} on
 * the same machine, with N concurrent requests in a closed loop (each client starts its next call
 * as soon as the previous reply is whole). The stub streams 8 chunks 5 ms apart, so a call cannot
 * take less than about 35 ms; what the figures add on top of that is the client's and the stub's
 * cost on this host. Run with {@code services/reply-worker/bin/bench-hosted}.
 */
public final class HostedBackendBench {
  private static final List<String> REASONS = Collections.synchronizedList(new ArrayList<>());

  private HostedBackendBench() {}

  private static String reasons() {
    String r = REASONS.isEmpty() ? "" : " (first: " + String.join(" | ", REASONS) + ")";
    REASONS.clear();
    return r;
  }

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 20;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    Vertx vertx = Vertx.vertx();
    try (ChatStub stub = new ChatStub(vertx)) {
      stub.always(
          ChatStub.Script.reply(
              Duration.ofMillis(5),
              "Thank ",
              "you ",
              "for ",
              "asking. ",
              "Our ",
              "staff ",
              "will ",
              "answer soon."));
      HostedSettings s =
          HostedSettings.defaults(stub.baseUrl(), "stub-model", "sk-bench")
              .withMaxConcurrent(clients);
      OpenAiCompatibleBackend backend = new OpenAiCompatibleBackend(s, vertx);
      System.out.printf(
          "hosted path vs stub: %d concurrent clients, %d s warm-up, %d s measured, %d cores,"
              + " load average %.2f%n",
          clients, warmup, seconds, Runtime.getRuntime().availableProcessors(), load());
      AtomicLong warmFailed = new AtomicLong();
      run(backend, clients, Duration.ofSeconds(warmup), new ArrayList<>(), warmFailed);
      System.out.printf("warm-up: %d failed calls%s%n", warmFailed.get(), reasons());
      List<Long> lat = Collections.synchronizedList(new ArrayList<>());
      AtomicLong failed = new AtomicLong();
      long t0 = System.nanoTime();
      run(backend, clients, Duration.ofSeconds(seconds), lat, failed);
      double elapsed = (System.nanoTime() - t0) / 1e9;
      List<Long> sorted = new ArrayList<>(lat);
      Collections.sort(sorted);
      System.out.printf(
          "requests %d in %.1f s = %.0f requests/s; failed %d%s%n",
          sorted.size(), elapsed, sorted.size() / elapsed, failed.get(), reasons());
      System.out.printf(
          "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f  (stub floor ~35 ms)%n",
          pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 1.0));
      System.out.printf("load average after %.2f%n", load());
      backend.close();
    } finally {
      vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
    }
  }

  private static void run(
      OpenAiCompatibleBackend backend,
      int clients,
      Duration length,
      List<Long> latencies,
      AtomicLong failed)
      throws InterruptedException {
    long end = System.nanoTime() + length.toNanos();
    CountDownLatch done = new CountDownLatch(clients);
    for (int i = 0; i < clients; i++) {
      next(backend, end, latencies, failed, done, i);
    }
    done.await(length.toSeconds() + 60, TimeUnit.SECONDS);
  }

  private static void next(
      OpenAiCompatibleBackend backend,
      long end,
      List<Long> latencies,
      AtomicLong failed,
      CountDownLatch done,
      int client) {
    if (System.nanoTime() >= end) {
      done.countDown();
      return;
    }
    long t = System.nanoTime();
    BackendRequest r =
        new BackendRequest(
            "bench-" + client,
            List.of(
                new ChatMessage("system", "Be kind.\n\nProduct: 2026 daily planner"),
                new ChatMessage("user", "Does it show next year's public holidays?")),
            DecodingParams.greedy(64),
            client,
            Instant.now().plusSeconds(30));
    backend
        .start(r)
        .reply()
        .whenComplete(
            (reply, err) -> {
              if (err == null) {
                latencies.add(System.nanoTime() - t);
              } else {
                failed.incrementAndGet();
                if (REASONS.size() < 3) {
                  REASONS.add(String.valueOf(err.getMessage()));
                }
              }
              next(backend, end, latencies, failed, done, client);
            });
  }

  private static double pct(List<Long> sorted, double p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    int i = (int) Math.min(sorted.size() - 1, Math.ceil(p * sorted.size()) - 1);
    return sorted.get(Math.max(0, i)) / 1e6;
  }

  private static double load() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
