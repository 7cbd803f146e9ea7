package com.storefront.qa.llm.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.safetensors.StDType;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The DJL forward pass against the scalar {@link ReferenceModel}, within 1e-4 in fp32. */
class DecoderForwardTest {
  private static final double TOL = 1e-4;
  private static final int[][] PROMPTS = {
    {4, 20, 33, 100, 7, 5, 200, 301, 12},
    {1, 2},
    {383, 0, 17, 17, 17, 250, 9, 64, 128, 256, 300, 11, 42},
  };

  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"exaone", "llama", "qwen2"})
  void prefillMatchesReferenceAtEveryPosition(String arch) throws Exception {
    check(TinyCheckpoint.Spec.small(arch), tmp.resolve(arch));
  }

  @ParameterizedTest
  @ValueSource(strings = {"exaone", "qwen2"})
  void shardedBf16CheckpointLoadsAndMatches(String arch) throws Exception {
    check(TinyCheckpoint.Spec.small(arch).withShards(3).withDtype(StDType.BF16), tmp.resolve(arch));
    assertTrue(Files.exists(tmp.resolve(arch).resolve("model-00003-of-00003.safetensors")));
    assertTrue(Files.exists(tmp.resolve(arch).resolve("model.safetensors.index.json")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"exaone", "qwen2"})
  void projectionsSplitAcrossThreadsMatch(String arch) throws Exception {
    long saved = SplitLinear.minElements;
    SplitLinear.minElements = 1; // tiny weights are normally not split: force it
    try {
      check(TinyCheckpoint.Spec.small(arch), tmp.resolve(arch));
    } finally {
      SplitLinear.minElements = saved;
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"llama"})
  void fp16StoredCheckpointMatches(String arch) throws Exception {
    check(TinyCheckpoint.Spec.small(arch).withDtype(StDType.F16).withShards(2), tmp.resolve(arch));
  }

  private void check(TinyCheckpoint.Spec spec, Path dir) throws Exception {
    TinyCheckpoint.write(dir, spec);
    ReferenceModel ref = new ReferenceModel(dir);
    int vocab = spec.vocab();
    try (LoadedModel m = LoadedModel.load(dir, EngineOptions.defaults(), s -> {})) {
      DecoderForward f = m.forward();
      try (KvCache cache = f.newCache(4)) {
        for (int[] prompt : PROMPTS) {
          float[][] want = ref.logits(prompt);
          // 1) no cache: whole prompt at once, logits at every position
          float[] all = f.extend(cache, 0, prompt, 0, true);
          for (int i = 0; i < prompt.length; i++) {
            assertClose(
                want[i], Arrays.copyOfRange(all, i * vocab, (i + 1) * vocab), "prefill pos " + i);
          }
          // 2) KV cache: half the prompt, then one token per decode step
          int split = prompt.length / 2;
          float[] last = f.extend(cache, 1, Arrays.copyOf(prompt, split), 0, false);
          assertClose(want[split - 1], last, "split prefill");
          for (int i = split; i < prompt.length; i++) {
            float[] step =
                f.decode(cache, new int[] {prompt[0], prompt[0], prompt[i]}, new int[] {0, 0, i});
            // slot 2 is the one under test here: prepare it by mirroring slot 1 once
            if (i == split) {
              cache.moveSlot(1, 2);
              step =
                  f.decode(cache, new int[] {prompt[0], prompt[0], prompt[i]}, new int[] {0, 0, i});
            }
            assertClose(want[i], Arrays.copyOfRange(step, 2 * vocab, 3 * vocab), "decode pos " + i);
          }
          // 3) cached extend of one token at a time in slot 3
          f.extend(cache, 3, Arrays.copyOf(prompt, 1), 0, false);
          for (int i = 1; i < prompt.length; i++) {
            float[] one = f.extend(cache, 3, new int[] {prompt[i]}, i, false);
            assertClose(want[i], one, "extend pos " + i);
          }
        }
      }
    }
  }

  static void assertClose(float[] want, float[] got, String what) {
    assertEquals(want.length, got.length, what + " length");
    double max = 0;
    for (int i = 0; i < want.length; i++) {
      max = Math.max(max, Math.abs(want[i] - got[i]));
    }
    assertTrue(max < TOL, what + ": max |diff| " + max);
  }
}
