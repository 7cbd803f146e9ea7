package com.storefront.qa.llm.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.arch.ArchitectureRegistry;
import com.storefront.qa.llm.batch.BatchingGenerator;
import com.storefront.qa.llm.chat.ChatTemplate;
import com.storefront.qa.llm.decoder.KvCache;
import com.storefront.qa.llm.decoder.LoadedModel;
import com.storefront.qa.llm.safetensors.SafetensorsWriter;
import com.storefront.qa.llm.safetensors.StDType;
import com.storefront.qa.llm.tokenizer.TextTokenizer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A few seconds of demo training: the loss falls, and the engine computes what was trained. */
class DemoTrainingTest {
  private static final DemoSpec SMALL = new DemoSpec(32, 2, 2, 64, 600, 256, 300, 40, 8, 1e-2f, 3);

  @TempDir Path tmp;

  @Test
  void trainDemoLowersTheLossAndWritesAFolderTheEngineLoads() throws Exception {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    List<Float> losses =
        DemoBuild.run(tmp, SMALL, StDType.F16, new PrintStream(log, true, StandardCharsets.UTF_8));
    float first = losses.get(0);
    float last = (float) losses.subList(30, 40).stream().mapToDouble(f -> f).average().orElse(0);
    assertTrue(last < first - 1.5, "loss " + first + " -> " + last);
    String printed = log.toString(StandardCharsets.UTF_8);
    assertTrue(printed.contains("ETA") && printed.contains("loss"), printed);
    for (String f :
        List.of(
            "config.json",
            "model.safetensors",
            "tokenizer.json",
            "tokenizer_config.json",
            "generation_config.json")) {
      assertTrue(Files.exists(tmp.resolve(f)), f);
    }
    try (BatchingGenerator g = BatchingGenerator.load(tmp, EngineOptions.defaults(), s -> {})) {
      Completion c =
          g.submit(
                  new GenerationSpec(
                      "t", null, "세탁기로 빨아도 되나요?", DecodingParams.greedy(8), 0L, null))
              .get();
      assertTrue(c.completionTokens() > 0);
    }
  }

  @Test
  void tokenizerRoundTripsAllFourLanguages() throws Exception {
    List<String> texts = List.of("안녕하세요! 세탁 방법", "Hello there", "こんにちは。素材", "您好！材质");
    DemoFolder.writeTokenizer(tmp, BpeTrainer.learn(texts, 50));
    try (TextTokenizer tok = TextTokenizer.load(tmp)) {
      for (String t : List.of("세탁기로 빨아도 되나요? 😊", "Is it waterproof?", "洗濯機で洗えますか？", "可以机洗吗？")) {
        int[] ids = tok.encode(t);
        assertEquals(t, tok.decode(ids, ids.length, false));
      }
      assertEquals(1, tok.encode(DemoFolder.END_OF_TURN).length);
    }
  }

  @Test
  void engineLogitsMatchTheTrainersForward() throws Exception {
    DemoSpec spec = new DemoSpec(32, 2, 2, 64, 600, 64, 0, 5, 4, 1e-2f, 5);
    List<String> merges = BpeTrainer.learn(List.of("문의해 주셔서 감사합니다 감사합니다"), 20);
    DemoFolder.writeTokenizer(tmp, merges);
    int vocab = TokenizerJson.size(DemoFolder.SPECIALS, merges);
    int[] prompt;
    try (TextTokenizer tok = TextTokenizer.load(tmp)) {
      prompt = tok.encode(ChatTemplate.load(tmp).render("시스템", "질문입니다"));
    }
    float[] want;
    Map<String, SafetensorsWriter.Tensor> weights = new LinkedHashMap<>();
    try (NDManager m = NDManager.newBaseManager();
        DemoLlama model = new DemoLlama(spec, ArchitectureRegistry.forType("llama"), vocab, m)) {
      // a few steps first, so the weights are no longer the symmetric initial ones
      List<TrainingSet.Sequence> data = List.of(new TrainingSet.Sequence(prompt, 3));
      DemoTrainer.train(model, data, spec, (s, l, r) -> {});
      long[] ids = new long[prompt.length];
      for (int i = 0; i < ids.length; i++) {
        ids[i] = prompt[i];
      }
      try (NDScope scope = new NDScope()) {
        NDArray logits = model.forward(m.create(ids, new Shape(1, ids.length)));
        want = logits.toFloatArray();
      }
      model
          .parameters()
          .forEach(
              (n, a) ->
                  weights.put(
                      n, new SafetensorsWriter.Tensor(a.getShape().getShape(), a.toFloatArray())));
    }
    DemoFolder.writeModel(tmp, spec, vocab, weights, StDType.F32);
    try (LoadedModel engine = LoadedModel.load(tmp, EngineOptions.defaults(), s -> {});
        KvCache cache = engine.forward().newCache(1)) {
      float[] got = engine.forward().extend(cache, 0, prompt, 0, true);
      assertEquals(want.length, got.length);
      double max = 0;
      for (int i = 0; i < want.length; i++) {
        max = Math.max(max, Math.abs(want[i] - got[i]));
      }
      assertTrue(max < 1e-4, "max |engine - trainer| " + max);
    }
  }
}
