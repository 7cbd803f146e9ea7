package com.storefront.qa.llm.quant;

/** The portable kernel: used when the JVM was started without {@code jdk.incubator.vector}. */
final class ScalarInt8Kernel implements Int8Kernel {
  @Override
  public void multiply(Int8Matrix w, float[] x, int n, int r0, int r1, float[] y) {
    int cols = (int) w.cols();
    int rows = (int) w.rows();
    byte[] q = w.data();
    float[] scale = w.scale();
    for (int r = r0; r < r1; r++) {
      int base = r * cols;
      for (int b = 0; b < n; b++) {
        int xo = b * cols;
        float acc = 0;
        for (int c = 0; c < cols; c++) {
          acc += q[base + c] * x[xo + c];
        }
        y[b * rows + r] = acc * scale[r];
      }
    }
  }
}
