package com.storefront.qa.llm.quant;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.DataType;
import com.storefront.qa.llm.arch.Weight;

/**
 * A weight matrix in 8 bits: symmetric, one scale per output channel (row), {@code W[r, c] ≈ q[r,
 * c] · scale[r]} with {@code q} in [-127, 127] and {@code scale[r] = max|W[r, :]| / 127}.
 *
 * <p>Why per row: a row's scale multiplies the finished dot product once ({@code y[r] = scale[r] ·
 * Σ q[r, c] x[c]}), so the inner loop reads only bytes. Why symmetric: Llama-family weights are
 * centred on zero, and no zero point means no correction term.
 *
 * <p>On the CPU the bytes live on the Java heap, read by {@link Int8Kernel}; on a GPU they live in
 * an int8 tensor next to an fp16 scale tensor, dequantised into the fp16 compute dtype per call.
 */
public final class Int8Matrix implements Weight {
  private final long rows;
  private final long cols;
  private final float[] scale;
  private final byte[] data;
  private final NDArray deviceData;
  private final NDArray deviceScale;

  private Int8Matrix(
      long rows, long cols, float[] scale, byte[] data, NDArray deviceData, NDArray deviceScale) {
    this.rows = rows;
    this.cols = cols;
    this.scale = scale;
    this.data = data;
    this.deviceData = deviceData;
    this.deviceScale = deviceScale;
  }

  /**
   * Quantises {@code w} [rows, cols] (fp32, CPU) and closes it.
   *
   * @param device CPU: the bytes move to the Java heap; a GPU: they stay in tensors there
   * @param gpuDtype the dtype a GPU's scales (and so the dequantised weight) are held in
   */
  public static Int8Matrix quantise(NDArray w, Device device, DataType gpuDtype) {
    long rows = w.getShape().get(0);
    long cols = w.getShape().get(1);
    if (rows * cols > Integer.MAX_VALUE - 16) {
      throw new IllegalArgumentException("matrix of " + rows * cols + " elements is too large");
    }
    try (NDScope scope = new NDScope()) { // frees every temporary, w's size each
      scope.suppressNotUsedWarning();
      // all-zero rows (padding tokens) get a tiny scale instead of 0: no division by zero
      NDArray s = w.abs().max(new int[] {1}, true).maximum(1e-12f).div(127f);
      NDArray q = w.div(s).round().clip(-127, 127).toType(DataType.INT8, false);
      float[] scale = s.toFloatArray();
      if (Device.cpu().equals(device)) {
        return new Int8Matrix(rows, cols, scale, q.toByteArray(), null, null);
      }
      NDArray dq = q.toDevice(device, false);
      NDArray ds = s.toType(gpuDtype, false).toDevice(device, false);
      NDScope.unregister(dq, ds); // held for the model's lifetime
      return new Int8Matrix(rows, cols, scale, null, dq, ds);
    } finally {
      w.close();
    }
  }

  @Override
  public long rows() {
    return rows;
  }

  @Override
  public long cols() {
    return cols;
  }

  /** Quantised values, row-major [rows * cols]; null on a GPU. */
  byte[] data() {
    return data;
  }

  /** Per-row scales. */
  float[] scale() {
    return scale;
  }

  /** The int8 tensor [rows, cols] on a GPU; null on the CPU. */
  public NDArray deviceData() {
    return deviceData;
  }

  /** The per-row scales [rows, 1] on a GPU; null on the CPU. */
  public NDArray deviceScale() {
    return deviceScale;
  }

  /** Writes dequantised row {@code r} into {@code out[off .. off+cols)}. */
  public void dequantiseRow(long r, float[] out, int off) {
    int base = Math.toIntExact(r * cols);
    float s = scale[(int) r];
    for (int c = 0; c < cols; c++) {
      out[off + c] = data[base + c] * s;
    }
  }

  @Override
  public long bytesHeld() {
    return rows * cols + rows * 4L; // int8 data + one fp32 scale per row
  }

  @Override
  public void close() {
    if (deviceData != null) {
      deviceData.close();
      deviceScale.close();
    }
  }
}
