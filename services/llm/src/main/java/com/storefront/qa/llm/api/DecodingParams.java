package com.storefront.qa.llm.api;

import java.util.List;

/**
 * Decoding parameters with HuggingFace {@code generate} semantics.
 *
 * <p>Processing order is HF's: repetition penalty (over prompt and output tokens), then, only when
 * {@code doSample}, temperature, top-k, top-p, min-p, softmax and a seeded draw. Greedy decoding
 * takes the argmax after the repetition penalty.
 *
 * @param doSample sample (true) or greedy argmax (false)
 * @param temperature logits are divided by it; 1.0 disables
 * @param topK keep the k most likely tokens; 0 disables
 * @param topP nucleus mass to keep; 1.0 disables
 * @param minP drop tokens whose probability is below minP times the top probability; 0 disables
 * @param repetitionPenalty HF CTRL-style penalty; 1.0 disables
 * @param maxNewTokens upper bound of generated tokens (finish reason LENGTH)
 * @param stopStrings extra stop strings; the reply is cut before the first match
 */
public record DecodingParams(
    boolean doSample,
    double temperature,
    int topK,
    double topP,
    double minP,
    double repetitionPenalty,
    int maxNewTokens,
    List<String> stopStrings) {

  public DecodingParams {
    if (maxNewTokens < 1) {
      throw new IllegalArgumentException("maxNewTokens must be >= 1, got " + maxNewTokens);
    }
    if (doSample && !(temperature > 0)) {
      throw new IllegalArgumentException("temperature must be > 0 when sampling: " + temperature);
    }
    if (topK < 0) {
      throw new IllegalArgumentException("topK must be >= 0, got " + topK);
    }
    if (!(topP > 0 && topP <= 1)) {
      throw new IllegalArgumentException("topP must be in (0, 1], got " + topP);
    }
    if (!(minP >= 0 && minP <= 1)) {
      throw new IllegalArgumentException("minP must be in [0, 1], got " + minP);
    }
    if (!(repetitionPenalty > 0)) {
      throw new IllegalArgumentException("repetitionPenalty must be > 0: " + repetitionPenalty);
    }
    stopStrings = stopStrings == null ? List.of() : List.copyOf(stopStrings);
  }

  /** Greedy decoding with no penalty and no stop strings. */
  public static DecodingParams greedy(int maxNewTokens) {
    return new DecodingParams(false, 1.0, 0, 1.0, 0.0, 1.0, maxNewTokens, List.of());
  }

  /**
   * Parameters taken from a model's generation_config.json, as HF {@code generate} would use them
   * when the caller passes nothing.
   */
  public static DecodingParams fromDefaults(GenerationDefaults d) {
    return new DecodingParams(
        d.doSample(),
        d.temperature(),
        d.topK(),
        d.topP(),
        0.0,
        d.repetitionPenalty(),
        d.maxNewTokens(),
        List.of());
  }

  /** Returns a copy with a different token budget. */
  public DecodingParams withMaxNewTokens(int n) {
    return new DecodingParams(
        doSample, temperature, topK, topP, minP, repetitionPenalty, n, stopStrings);
  }

  /** Returns a copy with another repetition penalty. */
  public DecodingParams withPenalty(double penalty) {
    return new DecodingParams(
        doSample, temperature, topK, topP, minP, penalty, maxNewTokens, stopStrings);
  }

  /** Returns a copy with different stop strings. */
  public DecodingParams withStopStrings(List<String> stops) {
    return new DecodingParams(
        doSample, temperature, topK, topP, minP, repetitionPenalty, maxNewTokens, stops);
  }
}
