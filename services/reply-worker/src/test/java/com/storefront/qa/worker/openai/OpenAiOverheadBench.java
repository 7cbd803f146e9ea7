package com.storefront.qa.worker.openai;

import static org.awaitility.Awaitility.await;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.ChatSpec;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.worker.WorkerLifecycle;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.LongSupplier;
import org.junit.jupiter.api.Test;

/**
 * The OpenAI server's overhead over the engine alone: the same greedy generations (same
 * conversation, same token budget, the same engine instance) submitted directly, through {@code
 * /v1/chat/completions} with the official client, and streamed. Not part of the build (the class
 * name matches no test pattern); run with {@code -Dtest=OpenAiOverheadBench} and, for a bigger
 * random model, {@code -Dbench.hidden=512 -Dbench.layers=8}. Modes alternate in each round so load
 * changes on a shared machine hit all of them alike.
 */
@QuarkusTest
@QuarkusTestResource(value = OpenAiBenchResource.class, restrictToAnnotatedClass = true)
class OpenAiOverheadBench {
  private static final int TOKENS = Integer.getInteger("bench.tokens", 64);
  private static final int ROUNDS = Integer.getInteger("bench.rounds", 30);

  @Inject WorkerLifecycle lifecycle;

  @TestHTTPResource("/v1")
  URL v1;

  @Test
  void overhead() throws Exception {
    await()
        .atMost(Duration.ofMinutes(5))
        .until(() -> lifecycle.phase() == WorkerLifecycle.Phase.READY);
    TextGenerator engine = lifecycle.engine();
    OpenAIClient client =
        OpenAIOkHttpClient.builder()
            .apiKey(OpenAiTestResource.KEY)
            .baseUrl(v1.toString())
            .maxRetries(0)
            .build();
    String model = engine.modelInfo().name();
    ChatCompletionCreateParams params =
        ChatCompletionCreateParams.builder()
            .model(model)
            .addSystemMessage("Be brief.")
            .addUserMessage("Is this jacket waterproof? 배송은 얼마나 걸리나요?")
            .temperature(0.0)
            .maxCompletionTokens(TOKENS)
            .build();
    ChatSpec spec =
        new ChatSpec(
            "bench",
            List.of(
                new ChatMessage("system", "Be brief."),
                new ChatMessage("user", "Is this jacket waterproof? 배송은 얼마나 걸리나요?")),
            DecodingParams.greedy(TOKENS),
            0,
            null);
    LongSupplier direct = () -> engine.submit(spec, d -> {}).join().completionTokens();
    LongSupplier http =
        () -> client.chat().completions().create(params).usage().orElseThrow().completionTokens();
    ChatCompletionCreateParams streamed =
        params.toBuilder()
            .streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build())
            .build();
    LongSupplier stream =
        () -> {
          try (StreamResponse<ChatCompletionChunk> s =
              client.chat().completions().createStreaming(streamed)) {
            return s.stream()
                .flatMap(c -> c.usage().stream())
                .mapToLong(u -> u.completionTokens())
                .sum();
          }
        };
    String load0 = load();
    for (int i = 0; i < 5; i++) { // warm up JIT, connections, caches
      direct.getAsLong();
      http.getAsLong();
      stream.getAsLong();
    }
    System.out.printf(
        "model %s (%,d parameters), %d greedy tokens, %d rounds, load %s%n",
        model, engine.modelInfo().parameterCount(), TOKENS, ROUNDS, load0);
    for (int concurrency : new int[] {1, 4}) {
      long[][] ms = new long[3][ROUNDS];
      long[] tokens = new long[3];
      long[] nanos = new long[3];
      LongSupplier[] modes = {direct, http, stream};
      for (int r = 0; r < ROUNDS; r++) {
        for (int m = 0; m < 3; m++) {
          long t0 = System.nanoTime();
          tokens[m] += parallel(modes[m], concurrency);
          long dt = System.nanoTime() - t0;
          nanos[m] += dt;
          ms[m][r] = dt / 1000;
        }
      }
      String[] names = {"engine direct", "HTTP JSON", "HTTP SSE"};
      for (int m = 0; m < 3; m++) {
        long[] sorted = ms[m].clone();
        Arrays.sort(sorted);
        System.out.printf(
            "concurrency %d  %-13s  p50 %7.1f ms  mean %7.1f ms  %7.1f tok/s  overhead p50 %+6.1f ms%n",
            concurrency,
            names[m],
            sorted[ROUNDS / 2] / 1000.0,
            nanos[m] / 1e6 / ROUNDS,
            tokens[m] / (nanos[m] / 1e9),
            (sorted[ROUNDS / 2] - median(ms[0])) / 1000.0);
      }
    }
    System.out.printf("load %s -> %s%n", load0, load());
  }

  private static long median(long[] a) {
    long[] s = a.clone();
    Arrays.sort(s);
    return s[s.length / 2];
  }

  private static long parallel(LongSupplier mode, int n) throws Exception {
    if (n == 1) {
      return mode.getAsLong();
    }
    ExecutorService pool = Executors.newFixedThreadPool(n);
    try {
      List<Future<Long>> fs = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        fs.add(pool.submit(mode::getAsLong));
      }
      long sum = 0;
      for (Future<Long> f : fs) {
        sum += f.get();
      }
      return sum;
    } finally {
      pool.shutdown();
    }
  }

  private static String load() {
    return String.format(
        "%.2f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }
}
