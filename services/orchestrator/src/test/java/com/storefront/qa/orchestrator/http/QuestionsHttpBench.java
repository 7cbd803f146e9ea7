package com.storefront.qa.orchestrator.http;

import com.storefront.qa.orchestrator.http.auth.ApiKeyHasher;
import com.storefront.qa.orchestrator.support.QuietLogs;
import com.storefront.qa.testkit.KafkaBroker;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POST /v1/questions under load: a real in-process broker, the packaged orchestrator
 * (target/quarkus-app) in a JVM of its own in acknowledge-only mode, and N concurrent clients
 * (virtual threads, one JDK HttpClient), each sending a new question as soon as it has its answer.
 * Prints requests/s, latency percentiles, status counts and the machine's load average.
 *
 * <p>Arguments: {@code [clients=100] [seconds=30] [warmupSeconds=10]}. Run through {@code
 * services/orchestrator/bin/bench-http}.
 */
public final class QuestionsHttpBench {
  private static final String PEPPER = "pepper-of-the-http-bench";

  private QuestionsHttpBench() {}

  public static void main(String[] args) throws Exception {
    int clients = args.length > 0 ? Integer.parseInt(args[0]) : 100;
    int seconds = args.length > 1 ? Integer.parseInt(args[1]) : 30;
    int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
    QuietLogs.apply();
    String key = ApiKeyHasher.newKey();
    Path work = Files.createTempDirectory("qa-http-bench");
    try (KafkaBroker broker = KafkaBroker.start(work.resolve("broker"))) {
      broker.createSystemTopics(4);
      int port = freePort();
      Process app = startApp(broker.bootstrapServers(), port, key, work);
      try {
        URI base = URI.create("http://127.0.0.1:" + port);
        HttpClient http =
            HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5))
                .build();
        awaitAnswering(http, base, key, app, work);
        System.out.printf("warm-up %d s with %d clients ...%n", warmup, clients);
        run(http, base, key, clients, warmup, "warm");
        String loadBefore = Files.readString(Path.of("/proc/loadavg")).strip();
        Result r = run(http, base, key, clients, seconds, "run");
        String loadAfter = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.println(r.report(clients, seconds));
        System.out.printf(
            "machine: %d CPUs; /proc/loadavg before %s, after %s%n",
            Runtime.getRuntime().availableProcessors(), loadBefore, loadAfter);
      } finally {
        app.destroy();
        app.waitFor();
      }
    }
  }

  private static Process startApp(String bootstrap, int port, String key, Path work)
      throws IOException {
    Path jar = Path.of(System.getProperty("bench.app", "target/quarkus-app/quarkus-run.jar"));
    if (!Files.exists(jar)) {
      throw new IllegalStateException(jar.toAbsolutePath() + " missing: package the module first");
    }
    String hash = new ApiKeyHasher(PEPPER).hashHex(key);
    List<String> cmd =
        List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx768m",
            "-Dkafka.bootstrap.servers=" + bootstrap,
            "-Dquarkus.kafka-streams.bootstrap-servers=" + bootstrap,
            "-Dkafka-streams.state.dir=" + work.resolve("state"),
            "-Dquarkus.http.port=" + port,
            "-Dquarkus.log.level=WARN",
            "-Dqa.http.api-key-pepper=" + PEPPER,
            "-Dqa.http.api-keys.bench.shop-id=bench-shop",
            "-Dqa.http.api-keys.bench.hash=" + hash,
            "-Dqa.http.api-keys.bench.rate-per-second=1000000",
            "-Dqa.http.api-keys.bench.burst=1000000",
            "-jar",
            jar.toString());
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(work.resolve("app.log").toFile())
        .start();
  }

  private static void awaitAnswering(HttpClient http, URI base, String key, Process app, Path work)
      throws Exception {
    Instant end = Instant.now().plusSeconds(120);
    while (Instant.now().isBefore(end)) {
      if (!app.isAlive()) {
        throw new IllegalStateException("the app exited; see " + work.resolve("app.log"));
      }
      try {
        if (post(http, base, key, "bench-probe-" + System.nanoTime()).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(
        "the app did not answer in 120 s; see " + work.resolve("app.log"));
  }

  private static HttpResponse<String> post(HttpClient http, URI base, String key, String id)
      throws IOException, InterruptedException {
    String body =
        "{\"schemaVersion\":1,\"questionId\":\"%s\",\"shopId\":\"bench-shop\",\"productId\":\"p-42\",\"locale\":\"ko-KR\",\"text\":\"이 코트 세탁기로 빨아도 되나요?\",\"askedAt\":\"2026-11-23T09:00:00Z\"}"
            .formatted(id);
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/v1/questions"))
            .header("Authorization", "Bearer " + key)
            .header("Content-Type", "application/json")
            .timeout(Duration.ofSeconds(30))
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static Result run(
      HttpClient http, URI base, String key, int clients, int seconds, String tag)
      throws InterruptedException {
    long endAt = System.nanoTime() + seconds * 1_000_000_000L;
    List<long[]> latencies = new ArrayList<>();
    Map<String, AtomicLong> statuses = new ConcurrentHashMap<>();
    List<Thread> threads = new ArrayList<>();
    for (int c = 0; c < clients; c++) {
      long[][] mine = {new long[1024]};
      int[] n = {0};
      String prefix = "bench-" + tag + "-" + c + "-";
      Thread t =
          Thread.ofVirtual()
              .start(
                  () -> {
                    for (int i = 0; System.nanoTime() < endAt; i++) {
                      long start = System.nanoTime();
                      String status;
                      try {
                        status = String.valueOf(post(http, base, key, prefix + i).statusCode());
                      } catch (IOException e) {
                        status = e.getClass().getSimpleName();
                      } catch (InterruptedException e) {
                        return;
                      }
                      if (n[0] == mine[0].length) {
                        mine[0] = Arrays.copyOf(mine[0], n[0] * 2);
                      }
                      mine[0][n[0]++] = System.nanoTime() - start;
                      statuses.computeIfAbsent(status, s -> new AtomicLong()).incrementAndGet();
                    }
                    synchronized (latencies) {
                      latencies.add(Arrays.copyOf(mine[0], n[0]));
                    }
                  });
      threads.add(t);
    }
    for (Thread t : threads) {
      t.join();
    }
    long[] all = latencies.stream().flatMapToLong(Arrays::stream).sorted().toArray();
    return new Result(all, new TreeMap<>(statuses));
  }

  private record Result(long[] sortedNanos, Map<String, AtomicLong> statuses) {
    String report(int clients, int seconds) {
      return "POST /v1/questions, acknowledge-only, %d clients, %d s: %d requests, %.0f requests/s;"
              .formatted(
                  clients, seconds, sortedNanos.length, sortedNanos.length / (double) seconds)
          + " latency ms p50 %.1f, p90 %.1f, p99 %.1f, max %.1f; statuses %s"
              .formatted(ms(0.50), ms(0.90), ms(0.99), ms(1.0), statuses);
    }

    private double ms(double q) {
      if (sortedNanos.length == 0) {
        return Double.NaN;
      }
      int i = (int) Math.min(sortedNanos.length - 1, Math.ceil(q * sortedNanos.length) - 1);
      return sortedNanos[Math.max(0, i)] / 1e6;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
