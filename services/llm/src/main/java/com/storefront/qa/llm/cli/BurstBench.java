package com.storefront.qa.llm.cli;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineStats;
import com.storefront.qa.llm.batch.BatchingGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;

/**
 * A burst of simultaneous arrivals beside running sequences: prints the last arrival's time to
 * first token and the running sequences' decode rate before and during the burst.
 *
 * <p>Arrivals ask for one token, so their request ends with their first token and every decode step
 * during the burst belongs to the running sequences.
 */
final class BurstBench {
  private BurstBench() {}

  static void run(Args a) throws Exception {
    Path dir = Path.of(a.require("model"));
    int arrivals = a.getInt("arrivals", 16);
    int running = a.getInt("running", 4);
    int promptTokens = a.getInt("prompt-tokens", 32);
    int rounds = a.getInt("rounds", 2);
    try (BatchingGenerator g =
        BatchingGenerator.load(dir, Main.options(a, arrivals + running), s -> {})) {
      System.out.println("model " + g.modelInfo());
      burst(g, 0, arrivals, promptTokens, 0); // warm-up: JIT and allocator
      for (int r = 0; r < rounds; r++) {
        List<CompletableFuture<Completion>> bg = new ArrayList<>();
        for (int i = 0; i < running; i++) {
          bg.add(
              g.submitTokens(
                  "run" + i,
                  prompt(promptTokens, i),
                  DecodingParams.greedy(100_000),
                  0,
                  null,
                  true));
        }
        while (g.stats().activeSequences() < running || g.stats().decodeStepTokens() == 0) {
          Thread.sleep(5);
        }
        EngineStats s0 = g.stats();
        long t0 = System.nanoTime();
        Thread.sleep(2000);
        double before = rate(s0, g.stats(), System.nanoTime() - t0);
        System.out.printf(
            "round %d: %d running sequences decode %.1f tok/s before the burst; %s; load average"
                + " %s%n",
            r + 1,
            running,
            before,
            burst(g, running, arrivals, promptTokens, r + 1),
            Bench.loadAverage());
        bg.forEach(f -> f.cancel(true));
      }
      System.out.println(Bench.memory());
    }
  }

  /** Submits {@code n} one-token requests at once; returns the figures as text. */
  private static String burst(BatchingGenerator g, int running, int n, int tokens, int round)
      throws Exception {
    EngineStats s0 = g.stats();
    long t0 = System.nanoTime();
    List<CompletableFuture<Completion>> fs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      fs.add(
          g.submitTokens(
              "a" + round + "-" + i,
              prompt(tokens, 100 + i),
              DecodingParams.greedy(1),
              0,
              null,
              true));
    }
    long lastTtft = 0;
    for (var f : fs) {
      lastTtft = Math.max(lastTtft, f.get().timeToFirstToken().toMillis());
    }
    long window = System.nanoTime() - t0;
    EngineStats s1 = g.stats();
    return String.format(
        "%d arrivals of %d prompt tokens: last first token %d ms; running sequences decode %.1f"
            + " tok/s during the burst (%d decode tokens in %d ms)",
        n,
        tokens,
        lastTtft,
        rate(s0, s1, window),
        s1.decodeStepTokens() - s0.decodeStepTokens(),
        window / 1_000_000);
  }

  private static double rate(EngineStats a, EngineStats b, long nanos) {
    return (b.decodeStepTokens() - a.decodeStepTokens()) / (nanos / 1e9);
  }

  private static int[] prompt(int n, int seed) {
    int[] p = new int[n];
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < n; i++) {
      p[i] = 10 + r.nextInt(250); // byte tokens: valid for every tiny tokenizer
    }
    return p;
  }
}
