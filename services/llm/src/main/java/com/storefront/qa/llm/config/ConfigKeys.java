package com.storefront.qa.llm.config;

/**
 * The config.json key names of one architecture family; EXAONE renames several Llama keys.
 *
 * @param numLayers e.g. {@code num_hidden_layers} or {@code num_layers}
 * @param normEps e.g. {@code rms_norm_eps} or {@code layer_norm_epsilon}
 * @param activation e.g. {@code hidden_act} or {@code activation_function}
 */
public record ConfigKeys(String numLayers, String normEps, String activation) {
  public static final ConfigKeys LLAMA =
      new ConfigKeys("num_hidden_layers", "rms_norm_eps", "hidden_act");
  public static final ConfigKeys EXAONE =
      new ConfigKeys("num_layers", "layer_norm_epsilon", "activation_function");
}
