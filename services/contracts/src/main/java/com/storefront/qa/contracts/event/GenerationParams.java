package com.storefront.qa.contracts.event;

/**
 * Decoding parameters, with HuggingFace {@code generate} semantics. The defaults are the settings
 * the reference notebook saw behave well: greedy decoding, no repetition penalty, 200 new tokens.
 */
public record GenerationParams(
    boolean doSample,
    double temperature,
    int topK,
    double topP,
    double minP,
    double repetitionPenalty,
    int maxNewTokens) {

  /** Greedy, as the notebook's good replies were produced. */
  public static GenerationParams defaults() {
    return new GenerationParams(false, 1.0, 0, 1.0, 0.0, 1.0, 200);
  }
}
