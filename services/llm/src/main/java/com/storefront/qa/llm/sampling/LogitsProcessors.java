package com.storefront.qa.llm.sampling;

import java.util.Arrays;
import java.util.BitSet;

/**
 * HuggingFace logits processors as pure functions over a logits row. Each returns a new array (the
 * input is never modified) where removed tokens are {@code -Infinity}.
 *
 * <p>They run on the scheduler thread for every sequence at every step, over vocabularies of 100k
 * tokens, so none sorts the whole row: top-k selects with a k-sized heap, top-p pops a {@link
 * TokenHeap} only as far as the nucleus reaches, min-p compares in log space. The tests hold them
 * to the plain sort-based versions (shaped like HF's torch code) on random rows.
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
    float kth = kthLargest(logits, k);
    for (int i = 0; i < out.length; i++) {
      if (out[i] < kth) {
        out[i] = Float.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  /** The k-th largest value, duplicates counted (a min-heap of the k largest seen so far). */
  private static float kthLargest(float[] values, int k) {
    float[] heap = Arrays.copyOf(values, k);
    for (int i = k / 2 - 1; i >= 0; i--) {
      siftDownMin(heap, i);
    }
    for (int i = k; i < values.length; i++) {
      if (values[i] > heap[0]) {
        heap[0] = values[i];
        siftDownMin(heap, 0);
      }
    }
    return heap[0];
  }

  private static void siftDownMin(float[] heap, int i) {
    float v = heap[i];
    for (int child = 2 * i + 1; child < heap.length; child = 2 * i + 1) {
      if (child + 1 < heap.length && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= v) {
        break;
      }
      heap[i] = heap[child];
      i = child;
    }
    heap[i] = v;
  }

  /**
   * HF top-p: sort ascending, accumulate probabilities, remove tokens whose cumulative mass is
   * {@code <= 1 - topP}; the most likely token is always kept.
   *
   * <p>The same rule walked from the top: a token's ascending cumulative mass is the total minus
   * the mass of the tokens above it, so tokens are popped from most likely down until one falls
   * under the limit; it and everything below are removed. Ties pop higher ids first, which is the
   * reverse of torch's stable ascending sort.
   */
  public static float[] topP(float[] logits, double topP) {
    float[] out = logits.clone();
    if (topP >= 1.0) {
      return out;
    }
    double[] p = softmax(logits);
    double total = 0;
    for (double v : p) {
      total += v;
    }
    Arrays.fill(out, Float.NEGATIVE_INFINITY);
    TokenHeap heap = new TokenHeap(logits);
    double above = 0;
    for (boolean first = true; !heap.isEmpty(); first = false) {
      int t = heap.pop();
      if (!first && total - above <= 1 - topP) {
        break;
      }
      out[t] = logits[t];
      above += p[t];
    }
    return out;
  }

  /**
   * HF min-p: removes tokens whose probability is below {@code minP * max probability}. The ratio
   * of two probabilities is exp of the difference of their logits, so this compares logits against
   * {@code max + log(minP)} and needs no softmax.
   */
  public static float[] minP(float[] logits, double minP) {
    float[] out = logits.clone();
    if (minP <= 0) {
      return out;
    }
    double threshold = max(logits) + Math.log(minP);
    for (int i = 0; i < out.length; i++) {
      if (logits[i] < threshold) {
        out[i] = Float.NEGATIVE_INFINITY;
      }
    }
    return out;
  }

  private static double max(float[] logits) {
    double max = Double.NEGATIVE_INFINITY;
    for (float f : logits) {
      max = Math.max(max, f);
    }
    return max;
  }

  /** Numerically stable softmax in double precision. */
  public static double[] softmax(float[] logits) {
    double max = max(logits);
    double[] p = new double[logits.length];
    double z = 0;
    for (int i = 0; i < p.length; i++) {
      if (logits[i] != Float.NEGATIVE_INFINITY) { // filtered tokens: skip the exp, p stays 0
        p[i] = Math.exp(logits[i] - max);
        z += p[i];
      }
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= z;
    }
    return p;
  }

  /** log_softmax(logits)[index]. */
  public static double logSoftmax(float[] logits, int index) {
    double max = max(logits);
    double z = 0;
    for (float f : logits) {
      if (f != Float.NEGATIVE_INFINITY) {
        z += Math.exp(f - max);
      }
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
