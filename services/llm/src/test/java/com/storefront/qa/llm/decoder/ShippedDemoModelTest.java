package com.storefront.qa.llm.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.batch.BatchingGenerator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * The shipped demo model (models/demo, trained by {@code llm train-demo}) is the engine's realistic
 * checkpoint: trained weights, not flat random logits. It must load through the same loader as a
 * downloaded folder, match the independent scalar reference, and decode the same at any batch.
 */
class ShippedDemoModelTest {
  private static final Path DEMO = Path.of("../../models/demo").toAbsolutePath().normalize();
  private static final int[][] PROMPTS = {
    {5, 17, 300, 41, 1022, 7},
    {1, 2999, 64, 64, 880, 12, 400, 3071, 9, 150, 33},
  };

  @Test
  void logitsMatchTheScalarReferenceAtEveryPositionWithAndWithoutTheCache() throws Exception {
    ReferenceModel ref = new ReferenceModel(DEMO);
    try (LoadedModel m = LoadedModel.load(DEMO, EngineOptions.defaults(), s -> {})) {
      DecoderForward f = m.forward();
      int vocab = m.config().vocabSize();
      try (KvCache cache = f.newCache(2)) {
        for (int[] prompt : PROMPTS) {
          float[][] want = ref.logits(prompt);
          float[] all = f.extend(cache, 0, prompt, 0, true);
          for (int i = 0; i < prompt.length; i++) {
            DecoderForwardTest.assertClose(
                want[i], Arrays.copyOfRange(all, i * vocab, (i + 1) * vocab), "prefill pos " + i);
          }
          f.extend(cache, 1, Arrays.copyOf(prompt, 1), 0, false);
          for (int i = 1; i < prompt.length; i++) {
            float[] one = f.extend(cache, 1, new int[] {prompt[i]}, i, false);
            DecoderForwardTest.assertClose(want[i], one, "cached pos " + i);
          }
          // Trained weights: the logits are far from flat (a random tiny model's are nearly so).
          float[] last = want[prompt.length - 1];
          float max = Float.NEGATIVE_INFINITY;
          float min = Float.POSITIVE_INFINITY;
          for (float v : last) {
            max = Math.max(max, v);
            min = Math.min(min, v);
          }
          assertTrue(max - min > 5f, "logit range " + (max - min));
        }
      }
    }
  }

  @Test
  void greedyRepliesAreIdenticalAtBatch1AndBatch8() throws Exception {
    List<String> questions =
        List.of(
            "이 다이어리에 내년도 공휴일이 표시되어 있나요?",
            "Is size L right for someone 175 cm tall?",
            "このケトルは食洗機で洗えますか?",
            "这个背包可以放下15寸的笔记本吗?",
            "세탁기로 빨아도 되나요?",
            "Does it come with a warranty card?",
            "色は写真と同じですか?",
            "有没有黑色的?");
    List<Completion> a = run(1, questions);
    List<Completion> b = run(8, questions);
    for (int i = 0; i < questions.size(); i++) {
      assertEquals(a.get(i).text(), b.get(i).text(), "question " + i);
      assertEquals(a.get(i).completionTokens(), b.get(i).completionTokens());
      assertEquals(a.get(i).meanLogProb(), b.get(i).meanLogProb(), 1e-3);
      assertTrue(a.get(i).text().strip().length() > 10, "a real reply: " + a.get(i).text());
    }
  }

  private static List<Completion> run(int maxBatch, List<String> questions) throws Exception {
    try (BatchingGenerator g =
        BatchingGenerator.load(DEMO, EngineOptions.defaults().withMaxBatch(maxBatch), s -> {})) {
      List<CompletableFuture<Completion>> fs = new ArrayList<>();
      for (int i = 0; i < questions.size(); i++) {
        fs.add(
            g.submit(
                new GenerationSpec(
                    "q" + i,
                    "You are the shop's assistant.",
                    questions.get(i),
                    DecodingParams.greedy(48),
                    i,
                    null)));
      }
      List<Completion> out = new ArrayList<>();
      for (var f : fs) {
        out.add(f.get());
      }
      return out;
    }
  }
}
