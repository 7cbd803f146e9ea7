package com.storefront.qa.llm.sampling;

import java.util.Arrays;
import java.util.BitSet;

/**
 * HuggingFace logits processors as pure functions over a logits row. Each returns a new array (the
 * input is never modified) where removed tokens are {@code -Infinity}.
 */
public final class LogitsProcessors {
  private LogitsProcessors() {}

  /**
   * HF {@code RepetitionPenaltyLogitsProcessor}: every token seen in the prompt or the output is
   * penalised once: a negative logit is multiplied by the penalty, a positive one divided.
   */
  public static float[] repetitionPenalty(float[] logits, BitSet seen, double penalty) {
    float[] out = logits.clone();
    if (penalty == 1.0) {
      return out;
    }
    for (int id = seen.nextSetBit(0); id >= 0 && id < out.length; id = seen.nextSetBit(id + 1)) {
      out[id] = (float) (out[id] < 0 ? out[id] * penalty : out[id] / penalty);
    }
    return out;
  }

  /** Divides every logit by {@code temperature}. */
  public static float[] temperature(float[] logits, double temperature) {
    float[] out = logits.clone();
    if (temperature == 1.0) {
      return out;
    }
    for (int i = 0; i < out.length; i++) {
      out[i] = (float) (out[i] / temperature);
    }
    return out;
  }

  /** HF top-k: removes tokens whose logit is below the k-th largest (ties with it are kept). */
  public static float[] topK(float[] logits, int k) {
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
  public static float[] topP(float[] logits, double topP) {
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
  public static float[] minP(float[] logits, double minP) {
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
  public static double[] softmax(float[] logits) {
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
  public static double logSoftmax(float[] logits, int index) {
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

  /** Index of the largest logit (lowest index on ties, as torch.argmax). */
  public static int argmax(float[] logits) {
    int best = 0;
    for (int i = 1; i < logits.length; i++) {
      if (logits[i] > logits[best]) {
        best = i;
      }
    }
    return best;
  }
}
