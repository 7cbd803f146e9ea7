package com.storefront.qa.llm.arch.qwen2;

import com.storefront.qa.llm.arch.Architecture;
import com.storefront.qa.llm.arch.LayerTensorNames;
import com.storefront.qa.llm.config.ConfigKeys;
import com.storefront.qa.llm.config.Json;
import com.storefront.qa.llm.config.ModelConfig;

/** Qwen2 / Qwen2.5 (Apache-2.0 models): Llama names plus q/k/v projection biases. */
public final class Qwen2Architecture implements Architecture {
  @Override
  public String modelType() {
    return "qwen2";
  }

  @Override
  public ModelConfig parseConfig(Json j) {
    return ModelConfig.parse(j, ConfigKeys.LLAMA, true);
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
    return LayerTensorNames.llamaStyle(i, true);
  }
}
