package com.storefront.qa.llm.arch;

import ai.djl.ndarray.NDArray;

/**
 * A matrix held as one NDArray in the compute dtype (fp32 or fp16), on the compute device.
 *
 * @param array [rows, cols]
 */
public record DenseWeight(NDArray array) implements Weight {
  @Override
  public long rows() {
    return array.getShape().get(0);
  }

  @Override
  public long cols() {
    return array.getShape().get(1);
  }

  @Override
  public long bytesHeld() {
    return array.getShape().size() * array.getDataType().getNumOfBytes();
  }

  @Override
  public void close() {
    array.close();
  }
}
