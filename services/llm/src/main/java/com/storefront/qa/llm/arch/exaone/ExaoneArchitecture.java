package com.storefront.qa.llm.arch.exaone;

import com.storefront.qa.llm.arch.Architecture;
import com.storefront.qa.llm.arch.LayerTensorNames;
import com.storefront.qa.llm.config.ConfigKeys;
import com.storefront.qa.llm.config.Json;
import com.storefront.qa.llm.config.ModelConfig;

/**
 * LG AI EXAONE 3.x: a Llama-shaped decoder with GPT-2-style names ({@code transformer.h.N}) and
 * renamed config keys ({@code num_layers}, {@code layer_norm_epsilon}).
 */
public final class ExaoneArchitecture implements Architecture {
  @Override
  public String modelType() {
    return "exaone";
  }

  @Override
  public ModelConfig parseConfig(Json j) {
    return ModelConfig.parse(j, ConfigKeys.EXAONE, false);
  }

  @Override
  public String embedding() {
    return "transformer.wte.weight";
  }

  @Override
  public String finalNorm() {
    return "transformer.ln_f.weight";
  }

  @Override
  public String lmHead() {
    return "lm_head.weight";
  }

  @Override
  public LayerTensorNames layer(int i) {
    String p = "transformer.h." + i + ".";
    String a = p + "attn.attention.";
    return new LayerTensorNames(
        p + "ln_1.weight",
        a + "q_proj.weight",
        a + "k_proj.weight",
        a + "v_proj.weight",
        a + "out_proj.weight",
        null,
        null,
        null,
        p + "ln_2.weight",
        p + "mlp.c_fc_0.weight",
        p + "mlp.c_fc_1.weight",
        p + "mlp.c_proj.weight");
  }
}
