package com.storefront.qa.llm.safetensors;

import java.util.Arrays;

/**
 * One tensor entry of a safetensors header.
 *
 * @param name tensor name
 * @param dtype element type
 * @param shape dimensions
 * @param begin offset of the first byte, relative to the data section
 * @param end offset one past the last byte, relative to the data section
 */
public record TensorInfo(String name, StDType dtype, long[] shape, long begin, long end) {

  /** Number of elements. */
  public long numel() {
    long n = 1;
    for (long d : shape) {
      n *= d;
    }
    return n;
  }

  public String shapeString() {
    return Arrays.toString(shape);
  }

  /** True when the dimensions equal {@code expected}. */
  public boolean hasShape(long... expected) {
    return Arrays.equals(shape, expected);
  }
}
