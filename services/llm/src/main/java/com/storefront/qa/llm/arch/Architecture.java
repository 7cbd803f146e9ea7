package com.storefront.qa.llm.arch;

import com.storefront.qa.llm.config.Json;
import com.storefront.qa.llm.config.ModelConfig;

/**
 * One decoder family: how its config.json is spelled and how its HF tensors are named. Everything
 * else (the forward pass, the loader) is shared, because these families differ only in names and in
 * q/k/v biases.
 */
public interface Architecture {

  /** config.json {@code model_type} handled by this architecture. */
  String modelType();

  /** Parses config.json. */
  ModelConfig parseConfig(Json configJson);

  /** Embedding matrix [vocab, hidden]. */
  String embedding();

  /** Final RMSNorm weight. */
  String finalNorm();

  /** Output projection [vocab, hidden]; absent when embeddings are tied. */
  String lmHead();

  /** Tensor names of decoder block {@code i}. */
  LayerTensorNames layer(int i);
}
