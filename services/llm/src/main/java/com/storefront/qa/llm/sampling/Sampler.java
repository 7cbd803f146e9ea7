package com.storefront.qa.llm.sampling;

import com.storefront.qa.llm.api.DecodingParams;
import java.util.BitSet;
import java.util.random.RandomGenerator;

/**
 * Chooses the next token from a logits row, in HF {@code generate} order: repetition penalty; then
 * either argmax (greedy) or temperature → top-k → top-p → min-p → softmax → draw.
 *
 * <p>A pure function: all randomness comes from the {@link RandomGenerator} passed in, which the
 * batcher seeds per request, so a request's text depends only on its seed and not on what else is
 * in the batch.
 */
public final class Sampler {
  private Sampler() {}

  /**
   * The chosen token and its log-probability.
   *
   * @param token chosen id
   * @param logProb log-probability of {@code token} under the distribution it was chosen from:
   *     log_softmax of the processed logits (after penalty, and when sampling after temperature and
   *     the top-k/top-p/min-p filters)
   */
  public record Choice(int token, double logProb) {}

  /** Picks the next token. {@code seen} holds every prompt and output token so far. */
  public static Choice choose(float[] logits, DecodingParams p, BitSet seen, RandomGenerator rng) {
    float[] x = LogitsProcessors.repetitionPenalty(logits, seen, p.repetitionPenalty());
    if (!p.doSample()) {
      int t = LogitsProcessors.argmax(x);
      return new Choice(t, LogitsProcessors.logSoftmax(x, t));
    }
    x = LogitsProcessors.temperature(x, p.temperature());
    x = LogitsProcessors.topK(x, p.topK());
    x = LogitsProcessors.topP(x, p.topP());
    x = LogitsProcessors.minP(x, p.minP());
    double[] probs = LogitsProcessors.softmax(x);
    int t = draw(probs, rng.nextDouble());
    return new Choice(t, Math.log(probs[t])); // = log_softmax(x)[t], without a second pass
  }

  /** Inverse-CDF draw: the first index whose cumulative probability exceeds {@code u}. */
  public static int draw(double[] probs, double u) {
    double cum = 0;
    int last = 0;
    for (int i = 0; i < probs.length; i++) {
      if (probs[i] > 0) {
        cum += probs[i];
        last = i;
        if (u < cum) {
          return i;
        }
      }
    }
    return last; // rounding left u >= total mass: take the last possible token
  }
}
