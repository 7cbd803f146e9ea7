package com.storefront.qa.llm.arch.llama;

import com.storefront.qa.llm.arch.Architecture;
import com.storefront.qa.llm.arch.LayerTensorNames;
import com.storefront.qa.llm.config.ConfigKeys;
import com.storefront.qa.llm.config.Json;
import com.storefront.qa.llm.config.ModelConfig;

/** Meta Llama 2/3 layout ({@code model.layers.N}), no biases. */
public final class LlamaArchitecture implements Architecture {
  @Override
  public String modelType() {
    return "llama";
  }

  @Override
  public ModelConfig parseConfig(Json j) {
    return ModelConfig.parse(j, ConfigKeys.LLAMA, false);
  }

  @Override
  public String embedding() {
    return "model.embed_tokens.weight";
  }

  @Override
  public String finalNorm() {
    return "model.norm.weight";
  }

  @Override
  public String lmHead() {
    return "lm_head.weight";
  }

  @Override
  public LayerTensorNames layer(int i) {
    return LayerTensorNames.llamaStyle(i, false);
  }
}
