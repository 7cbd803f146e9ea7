package com.storefront.qa.llm.decoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.storefront.qa.llm.quant.Int8Kernel;
import com.storefront.qa.llm.quant.Int8Matrix;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Projections and embedding lookups over {@link Int8Matrix} weights.
 *
 * <p>On the CPU the product runs in {@link Int8Kernel} on Java arrays (libtorch has no int8-weight
 * fp32-activation GEMM that DJL exposes, and dequantising W per call would read and write more
 * bytes than fp32 itself); output rows are split into chunks that the calling thread and one helper
 * claim in turn, as {@link SplitLinear} does for dense weights. On a GPU the int8 tensor is
 * dequantised into the fp16 compute dtype per call: memory is what int8 saves there.
 */
final class Int8Linear implements AutoCloseable {
  /** Below this many weights a hand-off costs more than it saves. */
  private static final long SPLIT_FROM = 1 << 18;

  private static final int CHUNKS = 8;

  /**
   * From this many rows of x (prefill) the product is compute-bound: W is widened to fp32 once and
   * multiplied by libtorch's GEMM, which beats the kernel's four-row tiles there. Not from 16: a
   * batch-16 decode bench with that bound spent its time widening weights, every step.
   */
  private static final int DEQUANTISE_FROM = 48;

  private final NDManager manager;
  private final HelperThread helper;
  private final Int8Kernel kernel = Int8Kernel.best();

  /**
   * @param helper a second thread for large CPU projections, or null for the calling thread only
   */
  Int8Linear(NDManager manager, HelperThread helper) {
    this.manager = manager;
    this.helper = helper;
  }

  /** y = x·Wᵀ + b. */
  NDArray apply(NDArray x, Int8Matrix w, NDArray bias) {
    if (w.deviceData() != null) {
      NDArray dense = w.deviceData().toType(x.getDataType(), false).mul(w.deviceScale());
      return SplitLinear.project(x, dense, bias);
    }
    int n = (int) x.getShape().get(0);
    if (n >= DEQUANTISE_FROM) {
      return SplitLinear.project(x, dense(w), bias);
    }
    int rows = (int) w.rows();
    float[] xs = x.toType(DataType.FLOAT32, false).toFloatArray();
    float[] y = new float[n * rows];
    if (helper == null || w.rows() * w.cols() < SPLIT_FROM) {
      kernel.multiply(w, xs, n, 0, rows, y);
    } else {
      AtomicInteger next = new AtomicInteger();
      HelperThread.Task<Void> helping = helper.offer(() -> claim(w, xs, n, y, next));
      claim(w, xs, n, y, next);
      helping.join();
    }
    NDArray out = manager.create(y, new Shape(n, rows));
    return bias == null ? out : out.add(bias);
  }

  /** Rows {@code tokens} of the embedding table, dequantised, [T, hidden] in {@code dtype}. */
  NDArray embed(int[] tokens, Int8Matrix w, DataType dtype) {
    if (w.deviceData() != null) {
      NDArray ids = manager.create(toLong(tokens)).toDevice(w.deviceData().getDevice(), false);
      NDIndex pick = new NDIndex("{}", ids);
      return w.deviceData().get(pick).toType(dtype, false).mul(w.deviceScale().get(pick));
    }
    int cols = (int) w.cols();
    float[] out = new float[tokens.length * cols];
    for (int i = 0; i < tokens.length; i++) {
      w.dequantiseRow(tokens[i], out, i * cols);
    }
    return manager.create(out, new Shape(tokens.length, cols));
  }

  /** W widened to fp32 for this call only. */
  private NDArray dense(Int8Matrix w) {
    int cols = (int) w.cols();
    float[] out = new float[Math.toIntExact(w.rows() * cols)];
    for (int r = 0; r < w.rows(); r++) {
      w.dequantiseRow(r, out, r * cols);
    }
    return manager.create(out, new Shape(w.rows(), cols));
  }

  private Void claim(Int8Matrix w, float[] x, int n, float[] y, AtomicInteger next) {
    int rows = (int) w.rows();
    for (int i = next.getAndIncrement(); i < CHUNKS; i = next.getAndIncrement()) {
      kernel.multiply(w, x, n, rows * i / CHUNKS, rows * (i + 1) / CHUNKS, y);
    }
    return null;
  }

  private static long[] toLong(int[] a) {
    long[] r = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      r[i] = a[i];
    }
    return r;
  }

  @Override
  public void close() {
    if (helper != null) {
      helper.close();
    }
  }
}
