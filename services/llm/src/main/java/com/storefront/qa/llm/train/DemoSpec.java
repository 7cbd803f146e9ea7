package com.storefront.qa.llm.train;

/**
 * The demo model's shape and training settings.
 *
 * @param hidden hidden size
 * @param layers decoder blocks
 * @param heads attention heads (as many key/value heads: no grouped-query attention)
 * @param intermediate SwiGLU width
 * @param vocab BPE vocabulary target (specials + 256 bytes + merges)
 * @param context longest training sequence in tokens (longer examples are skipped)
 * @param examples training examples to generate
 * @param steps optimizer steps
 * @param batch sequences per step
 * @param learningRate peak Adam learning rate (linear warm-up, then cosine decay)
 * @param seed corpus, initialisation and batching seed
 */
public record DemoSpec(
    int hidden,
    int layers,
    int heads,
    int intermediate,
    int vocab,
    int context,
    int examples,
    int steps,
    int batch,
    float learningRate,
    long seed) {

  /** RMSNorm epsilon written to config.json and used in training. */
  public static final double NORM_EPS = 1e-5;

  /** RoPE base written to config.json and used in training. */
  public static final double ROPE_THETA = 10000.0;

  /** The shipped demo model's settings. */
  public static DemoSpec defaults() {
    return new DemoSpec(192, 3, 4, 512, 3072, 256, 12000, 600, 16, 3e-3f, 11);
  }

  /** Head dimension. */
  public int headDim() {
    return hidden / heads;
  }
}
