package com.storefront.qa.contracts.event;

import java.util.List;

/**
 * Decoding parameters, with HuggingFace {@code generate} semantics. The defaults are the settings
 * the reference notebook saw behave well: greedy decoding, no repetition penalty, 200 new tokens.
 *
 * @param stop extra stop strings (the reply is cut before the first match); absent or null = none.
 *     Sent as {@code stop} to an OpenAI-compatible backend.
 */
public record GenerationParams(
    boolean doSample,
    double temperature,
    int topK,
    double topP,
    double minP,
    double repetitionPenalty,
    int maxNewTokens,
    List<String> stop) {

  public GenerationParams {
    stop = stop == null || stop.isEmpty() ? null : List.copyOf(stop);
  }

  /** Parameters without stop strings (the form written before {@code stop} existed). */
  public GenerationParams(
      boolean doSample,
      double temperature,
      int topK,
      double topP,
      double minP,
      double repetitionPenalty,
      int maxNewTokens) {
    this(doSample, temperature, topK, topP, minP, repetitionPenalty, maxNewTokens, null);
  }

  /** The stop strings, never null. */
  public List<String> stopOrEmpty() {
    return stop == null ? List.of() : stop;
  }

  /** Greedy, as the notebook's good replies were produced. */
  public static GenerationParams defaults() {
    return new GenerationParams(false, 1.0, 0, 1.0, 0.0, 1.0, 200);
  }
}
