package com.storefront.qa.llm.api;

import java.util.List;

/**
 * Defaults from a model's generation_config.json (HF's own defaults fill missing keys).
 *
 * @param eosTokenIds every id that ends a sequence ({@code eos_token_id} may be an int or a list)
 * @param doSample {@code do_sample}, default false
 * @param temperature {@code temperature}, default 1.0
 * @param topK {@code top_k}, default 50 (HF's default; only used when sampling)
 * @param topP {@code top_p}, default 1.0
 * @param repetitionPenalty {@code repetition_penalty}, default 1.0
 * @param maxNewTokens {@code max_new_tokens}, default 256 here (HF has no bound of its own)
 */
public record GenerationDefaults(
    List<Integer> eosTokenIds,
    boolean doSample,
    double temperature,
    int topK,
    double topP,
    double repetitionPenalty,
    int maxNewTokens) {

  public GenerationDefaults {
    eosTokenIds = List.copyOf(eosTokenIds);
  }
}
