package com.storefront.qa.llm.api;

/**
 * How to run a model.
 *
 * @param device "cpu" or "gpu"
 * @param dtype "fp32", "fp16" (fp16 is ~30x slower on CPU; use it on GPU) or "int8" (8-bit weights,
 *     fp32 activations on CPU and fp16 on GPU)
 * @param maxBatch most sequences decoded together
 * @param maxCachedTokens bound on prompt + generated tokens held by all admitted sequences
 */
public record EngineOptions(String device, String dtype, int maxBatch, long maxCachedTokens) {

  public EngineOptions {
    if (!"cpu".equals(device) && !"gpu".equals(device)) {
      throw new IllegalArgumentException("device must be cpu or gpu, got " + device);
    }
    if (!"fp32".equals(dtype) && !"fp16".equals(dtype) && !"int8".equals(dtype)) {
      throw new IllegalArgumentException("dtype must be fp32, fp16 or int8, got " + dtype);
    }
    if (maxBatch < 1 || maxCachedTokens < 1) {
      throw new IllegalArgumentException("maxBatch and maxCachedTokens must be positive");
    }
  }

  /** cpu, fp32, batch 16, 32768 cached tokens. */
  public static EngineOptions defaults() {
    return new EngineOptions("cpu", "fp32", 16, 32768);
  }

  /** Returns a copy with another batch bound. */
  public EngineOptions withMaxBatch(int n) {
    return new EngineOptions(device, dtype, n, maxCachedTokens);
  }
}
