package com.storefront.qa.llm.config;

/**
 * The hyper-parameters the forward pass needs, normalised across architectures.
 *
 * @param modelType config.json {@code model_type}
 * @param hiddenSize model width
 * @param numLayers decoder blocks
 * @param numHeads query heads
 * @param numKvHeads key/value heads (grouped-query attention when fewer than numHeads)
 * @param headDim width of one head
 * @param intermediateSize MLP width
 * @param vocabSize rows of the embedding
 * @param normEps RMSNorm epsilon
 * @param ropeTheta RoPE base
 * @param ropeScaling llama3 scaling, or null
 * @param tieWordEmbeddings lm_head shares the embedding matrix
 * @param maxPositions context length
 * @param qkvBias q/k/v projections carry biases (Qwen2)
 */
public record ModelConfig(
    String modelType,
    int hiddenSize,
    int numLayers,
    int numHeads,
    int numKvHeads,
    int headDim,
    int intermediateSize,
    int vocabSize,
    double normEps,
    double ropeTheta,
    RopeScaling ropeScaling,
    boolean tieWordEmbeddings,
    int maxPositions,
    boolean qkvBias) {

  public ModelConfig {
    if (hiddenSize <= 0 || numLayers <= 0 || numHeads <= 0 || numKvHeads <= 0 || vocabSize <= 0) {
      throw new IllegalArgumentException("config sizes must be positive: " + this);
    }
    if (numHeads % numKvHeads != 0) {
      throw new IllegalArgumentException(
          "num_attention_heads "
              + numHeads
              + " not a multiple of num_key_value_heads "
              + numKvHeads);
    }
    if (headDim % 2 != 0) {
      throw new IllegalArgumentException("head dim must be even for RoPE: " + headDim);
    }
  }

  /** Parses config.json with the given key dialect; only SiLU-gated MLPs are supported. */
  public static ModelConfig parse(Json j, ConfigKeys keys, boolean qkvBias) {
    String act = j.optString(keys.activation(), "silu");
    if (!"silu".equals(act) && !"swish".equals(act)) {
      throw new IllegalArgumentException(
          j.file() + ": unsupported " + keys.activation() + " '" + act + "' (only silu)");
    }
    int hidden = j.requireInt("hidden_size");
    int heads = j.requireInt("num_attention_heads");
    RopeScaling scaling = null;
    Json rs = j.optObject("rope_scaling");
    if (rs != null) {
      String type = rs.optString("rope_type", rs.optString("type", ""));
      if (!"llama3".equals(type) && !"default".equals(type)) {
        throw new IllegalArgumentException(j.file() + ": unsupported rope_type '" + type + "'");
      }
      if ("llama3".equals(type)) {
        scaling =
            new RopeScaling(
                rs.requireDouble("factor"),
                rs.requireDouble("low_freq_factor"),
                rs.requireDouble("high_freq_factor"),
                rs.requireInt("original_max_position_embeddings"));
      }
    }
    return new ModelConfig(
        j.requireString("model_type"),
        hidden,
        j.requireInt(keys.numLayers()),
        heads,
        j.optInt("num_key_value_heads", heads),
        j.optInt("head_dim", hidden / heads),
        j.requireInt("intermediate_size"),
        j.requireInt("vocab_size"),
        j.optDouble(keys.normEps(), 1e-6),
        j.optDouble("rope_theta", 10000.0),
        scaling,
        j.optBool("tie_word_embeddings", false),
        j.optInt("max_position_embeddings", 4096),
        qkvBias);
  }

  /** Width of the fused q|k|v projection output. */
  public int qkvWidth() {
    return (numHeads + 2 * numKvHeads) * headDim;
  }
}
