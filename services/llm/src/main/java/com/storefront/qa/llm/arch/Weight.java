package com.storefront.qa.llm.arch;

/**
 * A projection or embedding matrix [rows, cols] as the forward pass holds it: dense in the compute
 * dtype ({@link DenseWeight}) or 8-bit ({@code quant.Int8Matrix}).
 */
public interface Weight {
  /** Output features (rows of W in y = x·Wᵀ). */
  long rows();

  /** Input features. */
  long cols();

  /** Bytes of memory this weight holds (data and scales), for memory accounting. */
  long bytesHeld();

  /** Frees native memory it owns; Java-heap weights are left to the collector. */
  void close();
}
