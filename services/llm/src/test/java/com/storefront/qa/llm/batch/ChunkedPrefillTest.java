package com.storefront.qa.llm.batch;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

/**
 * Batched, chunked prefill must not change what is generated: 16 prompts arriving at once (their
 * prompts prefilled together, in chunks of {@link Scheduler#CHUNK_TOKENS} tokens that split some
 * prompts across passes, while earlier arrivals already decode) give the same greedy tokens as the
 * same prompts run one at a time. On the shipped demo model (trained, so argmax margins are real).
 */
class ChunkedPrefillTest {
  private static final Path DEMO = Path.of("../../models/demo").toAbsolutePath().normalize();

  @Test
  void sixteenArrivalsPrefilledTogetherMatchOneAtATime() throws Exception {
    List<int[]> prompts = new ArrayList<>();
    SplittableRandom r = new SplittableRandom(7);
    int total = 0;
    for (int i = 0; i < 16; i++) {
      int[] p = new int[20 + r.nextInt(120)]; // 20..139 tokens: chunk edges fall inside prompts
      for (int j = 0; j < p.length; j++) {
        p[j] = 3 + r.nextInt(3000);
      }
      prompts.add(p);
      total += p.length;
    }
    assertTrue(total > 2 * Scheduler.CHUNK_TOKENS, "the burst spans several chunked passes");
    Map<String, int[]> alone = new ConcurrentHashMap<>();
    try (BatchingGenerator g =
        BatchingGenerator.load(DEMO, EngineOptions.defaults().withMaxBatch(1), s -> {})) {
      g.onFinish(alone::put);
      for (int i = 0; i < prompts.size(); i++) {
        submit(g, i, prompts.get(i)).get();
      }
    }
    Map<String, int[]> together = new ConcurrentHashMap<>();
    try (BatchingGenerator g =
        BatchingGenerator.load(DEMO, EngineOptions.defaults().withMaxBatch(16), s -> {})) {
      g.onFinish(together::put);
      // one request first, so the burst is prefilled beside a sequence that is decoding
      CompletableFuture<Completion> early = submit(g, 0, prompts.get(0));
      long until = System.nanoTime() + 30_000_000_000L;
      while (g.stats().generatedTokens() < 2 && System.nanoTime() < until) {
        Thread.sleep(1);
      }
      List<CompletableFuture<Completion>> fs = new ArrayList<>();
      for (int i = 1; i < prompts.size(); i++) {
        fs.add(submit(g, i, prompts.get(i)));
      }
      early.get();
      for (var f : fs) {
        f.get();
      }
    }
    assertEquals(16, together.size());
    for (int i = 0; i < prompts.size(); i++) {
      assertArrayEquals(alone.get("c" + i), together.get("c" + i), "request " + i);
    }
  }

  private static CompletableFuture<Completion> submit(BatchingGenerator g, int i, int[] prompt) {
    return g.submitTokens("c" + i, prompt, DecodingParams.greedy(24), 0, null, true);
  }
}
