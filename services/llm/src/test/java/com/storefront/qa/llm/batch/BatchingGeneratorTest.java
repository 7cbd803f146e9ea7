package com.storefront.qa.llm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Continuous batching: results must not depend on batch composition. */
class BatchingGeneratorTest {
  @TempDir static Path tmp;
  static Path model;

  @BeforeAll
  static void writeModel() throws Exception {
    model = tmp.resolve("exaone");
    TinyCheckpoint.write(model, TinyCheckpoint.Spec.small("exaone"));
  }

  private static List<GenerationSpec> specs(int n) {
    List<GenerationSpec> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // different lengths so sequences leave the batch at different steps
      DecodingParams p = DecodingParams.greedy(5 + (i * 7) % 23);
      l.add(
          new GenerationSpec(
              "r" + i,
              i % 3 == 0 ? null : "You are helpful " + i,
              "question number " + i + " about shoes",
              p,
              i,
              null));
    }
    return l;
  }

  private static List<Completion> run(
      int maxBatch, List<GenerationSpec> specs, boolean waves, java.util.Map<String, int[]> tokens)
      throws Exception {
    try (BatchingGenerator g =
        BatchingGenerator.load(model, EngineOptions.defaults().withMaxBatch(maxBatch), s -> {})) {
      g.onFinish(tokens::put);
      List<CompletableFuture<Completion>> fs = new ArrayList<>();
      for (int i = 0; i < specs.size(); i++) {
        if (waves && i == specs.size() / 2) {
          // wait until the first half is decoding: the rest then joins a running batch
          long until = System.nanoTime() + 10_000_000_000L;
          while (g.stats().activeSequences() < 2 && System.nanoTime() < until) {
            Thread.onSpinWait();
          }
          assertTrue(g.stats().activeSequences() >= 2, "first wave never ran as a batch");
        }
        fs.add(g.submit(specs.get(i)));
      }
      List<Completion> out = new ArrayList<>();
      for (var f : fs) {
        out.add(f.get());
      }
      return out;
    }
  }

  @Test
  void greedyIsIdenticalAtBatch1AndBatch16WithJoinsAndLeaves() throws Exception {
    List<GenerationSpec> specs = specs(20);
    java.util.Map<String, int[]> t1 = new java.util.concurrent.ConcurrentHashMap<>();
    java.util.Map<String, int[]> t16 = new java.util.concurrent.ConcurrentHashMap<>();
    List<Completion> one = run(1, specs, false, t1);
    List<Completion> sixteen = run(16, specs, true, t16);
    assertEquals(specs.size(), t16.size());
    for (int i = 0; i < specs.size(); i++) {
      org.junit.jupiter.api.Assertions.assertArrayEquals(
          t1.get("r" + i), t16.get("r" + i), "tokens of request " + i);
      Completion a = one.get(i);
      Completion b = sixteen.get(i);
      assertEquals(a.text(), b.text(), "request " + i);
      assertEquals(a.finishReason(), b.finishReason(), "request " + i);
      assertEquals(a.completionTokens(), b.completionTokens(), "request " + i);
      assertEquals(a.promptTokens(), b.promptTokens());
      assertEquals(a.meanLogProb(), b.meanLogProb(), 1e-3);
      assertTrue(a.completionTokens() >= 1);
    }
  }

  @Test
  void sameSeedSameTextDifferentSeedDifferentText() throws Exception {
    DecodingParams p = new DecodingParams(true, 1.5, 0, 1.0, 0.0, 1.0, 24, List.of());
    try (TextGenerator g = Engines.load(model, EngineOptions.defaults(), s -> {})) {
      java.util.Set<String> texts = new java.util.HashSet<>();
      for (long seed = 1; seed <= 6; seed++) {
        var a = g.submit(new GenerationSpec("a", "s", "배송은 얼마나 걸리나요?", p, seed, null));
        var b = g.submit(new GenerationSpec("b", "s", "배송은 얼마나 걸리나요?", p, seed, null));
        assertEquals(a.get().text(), b.get().text(), "seed " + seed);
        assertEquals(a.get().completionTokens(), b.get().completionTokens());
        assertEquals(a.get().meanLogProb(), b.get().meanLogProb(), 1e-6);
        texts.add(a.get().text() + "/" + a.get().completionTokens());
      }
      assertTrue(texts.size() > 1, "different seeds all produced " + texts);
    }
  }

  @Test
  void lengthDeadlineAndStopStrings() throws Exception {
    try (TextGenerator g = Engines.load(model, EngineOptions.defaults(), s -> {})) {
      DecodingParams noEos = new DecodingParams(false, 1, 0, 1, 0, 1.0, 3, List.of());
      Completion len = g.submit(new GenerationSpec("l", null, "hello", noEos, 0, null)).get();
      assertTrue(
          len.finishReason() == FinishReason.LENGTH || len.finishReason() == FinishReason.STOP);
      assertTrue(len.completionTokens() <= 3);
      Completion late =
          g.submit(new GenerationSpec("d", null, "hello", noEos, 0, Instant.now().minusSeconds(1)))
              .get();
      assertEquals(FinishReason.DEADLINE, late.finishReason());
      // a stop string taken from the greedy reply itself must cut the reply before it
      Completion full =
          g.submit(new GenerationSpec("f", null, "hello", DecodingParams.greedy(30), 0, null))
              .get();
      if (full.text().length() >= 4) {
        String stop = full.text().substring(2, 4);
        Completion cut =
            g.submit(
                    new GenerationSpec(
                        "s",
                        null,
                        "hello",
                        DecodingParams.greedy(30).withStopStrings(List.of(stop)),
                        0,
                        null))
                .get();
        assertEquals(FinishReason.STOP, cut.finishReason());
        assertEquals(full.text().substring(0, full.text().indexOf(stop)), cut.text());
      }
      assertTrue(g.stats().generatedTokens() > 0);
      assertEquals("exaone", g.modelInfo().modelType());
    }
  }

  @Test
  void submitAfterCloseFailsCleanlyAndCloseIsIdempotent() throws Exception {
    TextGenerator g = Engines.load(model, EngineOptions.defaults(), s -> {});
    g.close();
    g.close();
    var f = g.submit(new GenerationSpec("x", null, "hi", DecodingParams.greedy(2), 0, null));
    assertTrue(f.isCompletedExceptionally());
  }

  @Test
  void cancellingAFutureStopsItsGenerationAndFreesItsSlot() throws Exception {
    java.util.Map<String, int[]> finished = new java.util.concurrent.ConcurrentHashMap<>();
    try (BatchingGenerator g =
        BatchingGenerator.load(model, EngineOptions.defaults().withMaxBatch(1), s -> {})) {
      g.onFinish(finished::put);
      int[] prompt = {10, 11, 12};
      DecodingParams long2000 = DecodingParams.greedy(2000); // eos ignored: runs to 2,000 tokens
      CompletableFuture<Completion> running =
          g.submitTokens("running", prompt, long2000, 0, null, true);
      CompletableFuture<Completion> queued =
          g.submitTokens("queued", prompt, long2000, 0, null, true);
      long until = System.nanoTime() + 30_000_000_000L;
      while ((g.stats().generatedTokens() == 0 || g.stats().activeSequences() == 0)
          && System.nanoTime() < until) {
        Thread.sleep(1);
      }
      assertEquals(1, g.stats().activeSequences(), "one slot: the first is decoding");
      queued.cancel(false);
      running.cancel(false);
      // With one slot, "next" can only start once "running" has left the batch and "queued" the
      // queue; had they not been stopped, both would finish first (and reach the finish hook).
      Completion next =
          g.submitTokens("next", prompt, DecodingParams.greedy(3), 0, null, true).get();
      assertEquals(3, next.completionTokens());
      assertEquals(java.util.Set.of("next"), finished.keySet());
      assertTrue(g.stats().generatedTokens() < 2000, "the cancelled sequence stopped early");
      while (g.stats().activeSequences() > 0 && System.nanoTime() < until) {
        Thread.sleep(1); // counters are published after the scheduler's next loop turn
      }
      assertEquals(0, g.stats().activeSequences());
      assertEquals(0, g.stats().queuedSequences());
    }
  }
}
