package com.storefront.qa.llm.decoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import com.storefront.qa.llm.config.ModelConfig;

/**
 * Rotary position embedding tables (rotate-half convention, HF {@code LlamaRotaryEmbedding}), with
 * optional llama3 frequency scaling. cos/sin are precomputed for every position once.
 */
final class Rope {
  final NDArray cos;
  final NDArray sin;

  /** rotate_half as a signed permutation matrix: x·R = [-x2, x1] in one op instead of four. */
  final NDArray rotation;

  Rope(ModelConfig cfg, NDManager manager) {
    int hd = cfg.headDim();
    int half = hd / 2;
    float[] invFreq = inverseFrequencies(cfg);
    int maxPos = cfg.maxPositions();
    float[] c = new float[maxPos * hd];
    float[] s = new float[maxPos * hd];
    for (int p = 0; p < maxPos; p++) {
      for (int i = 0; i < half; i++) {
        // HF multiplies position and frequency in fp32; do the same so long contexts match.
        float angle = (float) p * invFreq[i];
        float cv = (float) Math.cos(angle);
        float sv = (float) Math.sin(angle);
        c[p * hd + i] = cv;
        c[p * hd + i + half] = cv;
        s[p * hd + i] = sv;
        s[p * hd + i + half] = sv;
      }
    }
    cos = manager.create(c, new Shape(maxPos, hd));
    sin = manager.create(s, new Shape(maxPos, hd));
    float[] r = new float[hd * hd];
    for (int j = 0; j < half; j++) {
      r[(j + half) * hd + j] = -1f; // out[j] = -x[j + half]
      r[j * hd + j + half] = 1f; // out[j + half] = x[j]
    }
    rotation = manager.create(r, new Shape(hd, hd));
  }

  /** inv_freq[i] = theta^(-2i/d), then llama3-scaled when configured. */
  static float[] inverseFrequencies(ModelConfig cfg) {
    int hd = cfg.headDim();
    float[] f = new float[hd / 2];
    for (int i = 0; i < f.length; i++) {
      double inv = 1.0 / Math.pow(cfg.ropeTheta(), (2.0 * i) / hd);
      if (cfg.ropeScaling() != null) {
        inv = cfg.ropeScaling().scale(inv);
      }
      f[i] = (float) inv;
    }
    return f;
  }

  /**
   * Rotates {@code x} [N, heads, hd] by per-row tables {@code cosN}/{@code sinN} [N, 1, hd]: x*cos
   * + rotate_half(x)*sin, where rotate_half(x) = [-x2, x1] = x·R.
   */
  NDArray apply(NDArray x, NDArray cosN, NDArray sinN) {
    NDArray rotated = x.matMul(rotation.toType(x.getDataType(), false));
    return x.mul(cosN).add(rotated.mul(sinN));
  }
}
