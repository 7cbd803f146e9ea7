package com.storefront.qa.llm.quant;

import jdk.incubator.vector.ByteVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * SIMD kernel: each step widens one vector of weight bytes to floats once and multiplies it into up
 * to four activation rows, so at batch 1 the loop streams a quarter of fp32's bytes and at larger
 * batches one widening serves four rows.
 */
final class VectorInt8Kernel implements Int8Kernel {
  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;

  /** As many bytes as F has float lanes (16 bytes for 512-bit vectors). */
  private static final VectorSpecies<Byte> B =
      VectorSpecies.of(byte.class, VectorShape.forBitSize(F.length() * 8));

  private static final int LANES = F.length();

  @Override
  public void multiply(Int8Matrix w, float[] x, int n, int r0, int r1, float[] y) {
    int cols = (int) w.cols();
    int rows = (int) w.rows();
    byte[] q = w.data();
    float[] scale = w.scale();
    int body = cols - cols % LANES;
    for (int r = r0; r < r1; r++) {
      int base = r * cols;
      int b = 0;
      for (; b + 4 <= n; b += 4) {
        four(q, base, x, b * cols, cols, body, y, rows, r, b, scale[r]);
      }
      for (; b < n; b++) {
        y[b * rows + r] = one(q, base, x, b * cols, cols, body) * scale[r];
      }
    }
  }

  /**
   * One weight row against one activation row, with four accumulators. Why: one accumulator makes
   * every FMA wait for the previous one (the FMA's latency per step); four independent chains keep
   * the core busy while the bytes stream in (a single thread went from 9.3 to 11.0 GB/s of weights
   * on the 154M model's matrices, which do not fit in cache).
   */
  private static float one(byte[] q, int base, float[] x, int xo, int cols, int body) {
    FloatVector a0 = FloatVector.zero(F);
    FloatVector a1 = a0;
    FloatVector a2 = a0;
    FloatVector a3 = a0;
    int c = 0;
    for (; c + 4 * LANES <= body; c += 4 * LANES) {
      a0 = widen(q, base + c).fma(FloatVector.fromArray(F, x, xo + c), a0);
      a1 = widen(q, base + c + LANES).fma(FloatVector.fromArray(F, x, xo + c + LANES), a1);
      a2 = widen(q, base + c + 2 * LANES).fma(FloatVector.fromArray(F, x, xo + c + 2 * LANES), a2);
      a3 = widen(q, base + c + 3 * LANES).fma(FloatVector.fromArray(F, x, xo + c + 3 * LANES), a3);
    }
    for (; c < body; c += LANES) {
      a0 = widen(q, base + c).fma(FloatVector.fromArray(F, x, xo + c), a0);
    }
    float s = a0.add(a1).add(a2.add(a3)).reduceLanes(VectorOperators.ADD);
    for (; c < cols; c++) {
      s += q[base + c] * x[xo + c];
    }
    return s;
  }

  private static void four(
      byte[] q,
      int base,
      float[] x,
      int xo,
      int cols,
      int body,
      float[] y,
      int rows,
      int r,
      int b,
      float scale) {
    FloatVector a0 = FloatVector.zero(F);
    FloatVector a1 = a0;
    FloatVector a2 = a0;
    FloatVector a3 = a0;
    int c = 0;
    for (; c < body; c += LANES) {
      FloatVector wv = widen(q, base + c);
      a0 = wv.fma(FloatVector.fromArray(F, x, xo + c), a0);
      a1 = wv.fma(FloatVector.fromArray(F, x, xo + cols + c), a1);
      a2 = wv.fma(FloatVector.fromArray(F, x, xo + 2 * cols + c), a2);
      a3 = wv.fma(FloatVector.fromArray(F, x, xo + 3 * cols + c), a3);
    }
    float[] s = {
      a0.reduceLanes(VectorOperators.ADD),
      a1.reduceLanes(VectorOperators.ADD),
      a2.reduceLanes(VectorOperators.ADD),
      a3.reduceLanes(VectorOperators.ADD)
    };
    for (int j = 0; j < 4; j++) {
      int xj = xo + j * cols;
      for (int k = c; k < cols; k++) {
        s[j] += q[base + k] * x[xj + k];
      }
      y[(b + j) * rows + r] = s[j] * scale;
    }
  }

  private static FloatVector widen(byte[] q, int off) {
    return (FloatVector) ByteVector.fromArray(B, q, off).convertShape(VectorOperators.B2F, F, 0);
  }
}
