package com.storefront.qa.llm.cli;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.decoder.KvCache;
import com.storefront.qa.llm.decoder.LoadedModel;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * The oracle check for another device or dtype: logits at every position of one prompt against the
 * CPU fp32 engine on the same checkpoint (itself pinned to the scalar reference by the tests).
 * Prints the worst |Δ| relative to the logit range and the top-1 agreement.
 */
final class CompareLogits {
  private CompareLogits() {}

  static void run(Args a) throws Exception {
    Path dir = Path.of(a.require("model"));
    int n = a.getInt("prompt-tokens", 64);
    EngineOptions target = Main.options(a, 1);
    int[] prompt = new int[n];
    SplittableRandom r = new SplittableRandom(3);
    for (int i = 0; i < n; i++) {
      prompt[i] = 10 + r.nextInt(250);
    }
    float[] want;
    float[] got;
    int vocab;
    try (LoadedModel m = LoadedModel.load(dir, EngineOptions.defaults(), s -> {})) {
      vocab = m.config().vocabSize();
      want = all(m, prompt);
    }
    try (LoadedModel m = LoadedModel.load(dir, target, s -> {})) {
      got = all(m, prompt);
    }
    double worst = 0;
    int agree = 0;
    for (int p = 0; p < n; p++) {
      float lo = Float.POSITIVE_INFINITY;
      float hi = Float.NEGATIVE_INFINITY;
      double diff = 0;
      int wi = 0;
      int gi = 0;
      for (int v = 0; v < vocab; v++) {
        float w = want[p * vocab + v];
        float g = got[p * vocab + v];
        lo = Math.min(lo, w);
        hi = Math.max(hi, w);
        diff = Math.max(diff, Math.abs(w - g));
        wi = w > want[p * vocab + wi] ? v : wi;
        gi = g > got[p * vocab + gi] ? v : gi;
      }
      worst = Math.max(worst, diff / (hi - lo));
      agree += wi == gi ? 1 : 0;
    }
    System.out.printf(
        "%s/%s against cpu/fp32: worst |Δ| / logit range %.4f, top-1 agreement %d/%d%n",
        target.device(), target.dtype(), worst, agree, n);
  }

  private static float[] all(LoadedModel m, int[] prompt) {
    try (KvCache cache = m.forward().newCache(1)) {
      return m.forward().extend(cache, 0, prompt, 0, true);
    }
  }
}
