package com.storefront.qa.llm.arch;

/**
 * HF tensor names of one decoder block; biases are null where the family has none.
 *
 * @param attnNorm RMSNorm before attention
 * @param q query projection [heads*hd, hidden]
 * @param k key projection [kvHeads*hd, hidden]
 * @param v value projection [kvHeads*hd, hidden]
 * @param o output projection [hidden, heads*hd]
 * @param qBias query bias or null
 * @param kBias key bias or null
 * @param vBias value bias or null
 * @param mlpNorm RMSNorm before the MLP
 * @param gate SiLU-activated projection [inter, hidden]
 * @param up linear projection [inter, hidden]
 * @param down output projection [hidden, inter]
 */
public record LayerTensorNames(
    String attnNorm,
    String q,
    String k,
    String v,
    String o,
    String qBias,
    String kBias,
    String vBias,
    String mlpNorm,
    String gate,
    String up,
    String down) {

  /** Llama naming under {@code model.layers.N.}, optionally with q/k/v biases (Qwen2). */
  public static LayerTensorNames llamaStyle(int i, boolean biases) {
    String p = "model.layers." + i + ".";
    String a = p + "self_attn.";
    return new LayerTensorNames(
        p + "input_layernorm.weight",
        a + "q_proj.weight",
        a + "k_proj.weight",
        a + "v_proj.weight",
        a + "o_proj.weight",
        biases ? a + "q_proj.bias" : null,
        biases ? a + "k_proj.bias" : null,
        biases ? a + "v_proj.bias" : null,
        p + "post_attention_layernorm.weight",
        p + "mlp.gate_proj.weight",
        p + "mlp.up_proj.weight",
        p + "mlp.down_proj.weight");
  }
}
