package com.storefront.qa.llm.quant;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SIMD kernel against the plain loop on shapes that exercise every path: row counts that are
 * not multiples of four, columns that are not multiples of the vector width or of four vectors, one
 * to nine activation rows (the four-row tiles and the single rows after them), and row ranges that
 * start and end inside the matrix as the helper's chunks do.
 */
class Int8KernelTest {
  private static NDManager manager;

  @BeforeAll
  static void open() {
    manager = NDManager.newBaseManager(Device.cpu());
  }

  @AfterAll
  static void close() {
    manager.close();
  }

  @Test
  void theSimdKernelMatchesThePlainLoop() {
    assertTrue(Int8Kernel.vectorised(), "run with --add-modules jdk.incubator.vector");
    Random random = new Random(14);
    int[][] shapes = {{7, 5}, {13, 16}, {33, 64}, {19, 67}, {64, 129}, {41, 1030}};
    for (int[] shape : shapes) {
      Int8Matrix w = matrix(shape[0], shape[1], random);
      for (int n = 1; n <= 9; n++) {
        float[] x = new float[n * shape[1]];
        for (int i = 0; i < x.length; i++) {
          x[i] = (float) random.nextGaussian();
        }
        int r0 = shape[0] / 5;
        int r1 = shape[0] - shape[0] / 7;
        float[] expected = new float[n * shape[0]];
        float[] actual = new float[n * shape[0]];
        new ScalarInt8Kernel().multiply(w, x, n, r0, r1, expected);
        Int8Kernel.best().multiply(w, x, n, r0, r1, actual);
        for (int i = 0; i < expected.length; i++) {
          String where = "shape %dx%d, n %d, element %d".formatted(shape[0], shape[1], n, i);
          assertEquals(expected[i], actual[i], 1e-4f * (1 + Math.abs(expected[i])), where);
        }
      }
    }
  }

  private static Int8Matrix matrix(int rows, int cols, Random random) {
    float[] values = new float[rows * cols];
    for (int i = 0; i < values.length; i++) {
      values[i] = (float) random.nextGaussian();
    }
    return Int8Matrix.quantise(
        manager.create(values, new Shape(rows, cols)), Device.cpu(), DataType.FLOAT16);
  }
}
