package com.storefront.qa.llm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * RoPE tables exactly as the engine builds them (no rope_scaling): inv_freq = θ^(-2i/d) in double
 * then float, angle = position × inv_freq in fp32, cos/sin repeated over both halves, and
 * rotate_half as a signed permutation matrix.
 */
final class RopeTables {
  private RopeTables() {}

  /** {cos [context, hd], sin [context, hd], rotation [hd, hd]}. */
  static NDArray[] create(DemoSpec spec, NDManager manager) {
    int hd = spec.headDim();
    int half = hd / 2;
    int n = spec.context();
    float[] c = new float[n * hd];
    float[] s = new float[n * hd];
    for (int i = 0; i < half; i++) {
      float inv = (float) (1.0 / Math.pow(DemoSpec.ROPE_THETA, (2.0 * i) / hd));
      for (int p = 0; p < n; p++) {
        float angle = (float) p * inv;
        c[p * hd + i] = c[p * hd + i + half] = (float) Math.cos(angle);
        s[p * hd + i] = s[p * hd + i + half] = (float) Math.sin(angle);
      }
    }
    float[] r = new float[hd * hd];
    for (int j = 0; j < half; j++) {
      r[(j + half) * hd + j] = -1f;
      r[j * hd + j + half] = 1f;
    }
    return new NDArray[] {
      manager.create(c, new Shape(n, hd)),
      manager.create(s, new Shape(n, hd)),
      manager.create(r, new Shape(hd, hd))
    };
  }
}
