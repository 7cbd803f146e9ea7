package com.storefront.qa.llm.sampling;

import java.util.Arrays;

/**
 * The processors as first written: full sorts and one softmax per filter, shaped line by line like
 * HF's torch code. Kept in test code as the reference the fast {@link LogitsProcessors} must match.
 */
final class ReferenceProcessors {
  private ReferenceProcessors() {}

  /** HF top-k: removes tokens whose logit is below the k-th largest (ties with it are kept). */
  static float[] topK(float[] logits, int k) {
    float[] out = logits.clone();
    if (k <= 0 || k >= out.length) {
      return out;
    }
    float[] sorted = logits.clone();
    Arrays.sort(sorted);
    float kth = sorted[sorted.length - k];
    for (int i = 0; i < out.length; i++) {
      if (out[i] < kth) {
        out[i] = Float.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  /**
   * HF top-p: sort ascending, accumulate probabilities, remove tokens whose cumulative mass is
   * {@code <= 1 - topP}; the most likely token is always kept.
   */
  static float[] topP(float[] logits, double topP) {
    float[] out = logits.clone();
    if (topP >= 1.0) {
      return out;
    }
    double[] p = softmax(logits);
    Integer[] order = new Integer[p.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    // stable ascending sort by logit, like torch.sort(descending=False)
    Arrays.sort(order, (a, b) -> Float.compare(logits[a], logits[b]));
    double cum = 0;
    for (int r = 0; r < order.length - 1; r++) { // r = last index is always kept
      cum += p[order[r]];
      if (cum <= 1 - topP) {
        out[order[r]] = Float.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  /** HF min-p: removes tokens whose probability is below {@code minP * max probability}. */
  static float[] minP(float[] logits, double minP) {
    float[] out = logits.clone();
    if (minP <= 0) {
      return out;
    }
    double[] p = softmax(logits);
    double top = 0;
    for (double v : p) {
      top = Math.max(top, v);
    }
    for (int i = 0; i < out.length; i++) {
      if (p[i] < minP * top) {
        out[i] = Float.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  /** Numerically stable softmax in double precision. */
  static double[] softmax(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float f : logits) {
      max = Math.max(max, f);
    }
    double[] p = new double[logits.length];
    double z = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(logits[i] - max);
      z += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= z;
    }
    return p;
  }

  /** log_softmax(logits)[index]. */
  static double logSoftmax(float[] logits, int index) {
    double max = Double.NEGATIVE_INFINITY;
    for (float f : logits) {
      max = Math.max(max, f);
    }
    double z = 0;
    for (float f : logits) {
      z += Math.exp(f - max);
    }
    return logits[index] - max - Math.log(z);
  }
}
