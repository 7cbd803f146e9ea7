package com.storefront.qa.llm.decoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Projections split into 2–4 row chunks that the calling thread and one helper thread claim in turn
 * until none is left, so whichever thread is running does the work: a helper that starts late, or a
 * thread the machine slows down, holds back one small chunk, not half the projection.
 *
 * <p>Why: libtorch's OpenMP parallel regions partition work statically, so on a loaded machine
 * every GEMV waited for the second OpenMP thread to be scheduled (~49 waits per token); fixed
 * halves had the same weakness in a milder form. libtorch runs with one intra-op thread.
 */
final class SplitLinear implements AutoCloseable {
  /** Weights smaller than this (elements) are not worth a hand-off. */
  static long minElements = 1 << 20;

  /**
   * About 2 MB of fp32 weights per chunk, 2 or 4 chunks: each chunk is one more libtorch call, and
   * 1 MB chunks (up to 8) measured slower (26.7 against 28.2 tok/s over 8 alternated runs). The
   * count is even because two threads share the chunks: with three, one thread streamed the last
   * chunk alone at half the machine's memory bandwidth while the other waited (2.5 ms of waiting
   * per decode step of the 154M bench model; 0.4–1.3 ms with even counts).
   */
  private static final int ELEMENTS_PER_CHUNK_SHIFT = 19;

  private static final int MAX_CHUNKS = 4;

  private final HelperThread helper = new HelperThread("llm-linear-helper");
  private final Map<NDArray, NDArray[][]> chunksOf = new IdentityHashMap<>();

  /** y = x·Wᵀ + b. */
  NDArray apply(NDArray x, NDArray weight, NDArray bias) {
    if (weight.getShape().size() < minElements) {
      return project(x, weight, bias);
    }
    NDArray[][] chunks = chunksOf.computeIfAbsent(weight, w -> chunk(w, bias));
    // DJL fills an array's shape, dtype and device lazily, in plain fields: two threads filling
    // them at once can publish a half-built Shape (seen as an NPE inside Shape.get). Fill them
    // here, before the hand-off, which publishes them safely to the helper.
    x.getShape();
    x.getDataType();
    x.getDevice();
    NDArray[] out = new NDArray[chunks[0].length];
    AtomicInteger next = new AtomicInteger();
    HelperThread.Task<Void> helping = helper.offer(() -> claimChunks(x, chunks, next, out));
    try {
      claimChunks(x, chunks, next, out);
      helping.join(); // if the helper never started, this claims what is left: nothing
    } catch (RuntimeException | Error e) {
      helping.join(); // let the helper finish with x before anything is freed
      closeAll(out);
      throw e;
    }
    for (NDArray r : out) {
      NDScope.register(r); // made outside every scope: the caller's scope owns them now
    }
    return NDArrays.concat(new NDList(out), -1);
  }

  /** Projects chunks until none is left; results are not registered in any scope. */
  private static Void claimChunks(
      NDArray x, NDArray[][] chunks, AtomicInteger next, NDArray[] out) {
    try (NDScope scope = new NDScope()) { // temporaries of whichever thread runs this
      scope.suppressNotUsedWarning();
      for (int i = next.getAndIncrement(); i < out.length; i = next.getAndIncrement()) {
        NDArray r = project(x, chunks[0][i], chunks[1][i]);
        NDScope.unregister(r);
        out[i] = r;
      }
    }
    return null;
  }

  /** Row chunks of W (and of b), kept for the model's lifetime; views, no copies. */
  private static NDArray[][] chunk(NDArray w, NDArray bias) {
    long rows = w.getShape().get(0);
    long wanted = w.getShape().size() >> ELEMENTS_PER_CHUNK_SHIFT;
    int n = (int) Math.min(MAX_CHUNKS, Math.max(2, wanted)) & ~1;
    NDArray[][] c = new NDArray[2][n];
    for (int i = 0; i < n; i++) {
      NDIndex range = new NDIndex("{}:{}", rows * i / n, rows * (i + 1) / n);
      c[0][i] = w.get(range);
      c[1][i] = bias == null ? null : bias.get(range);
    }
    for (NDArray[] row : c) {
      for (NDArray a : row) {
        if (a != null) {
          NDScope.unregister(a); // created inside a forward call's scope, but must outlive it
        }
      }
    }
    return c;
  }

  /**
   * y = x·Wᵀ + b. For several rows, W·xᵀ (no transposed operand inside the GEMM) measured ~35% less
   * CPU than torch's linear on this machine; for one row linear's GEMV path is as good.
   */
  static NDArray project(NDArray x, NDArray weight, NDArray bias) {
    if (x.getShape().get(0) == 1) {
      return x.getNDArrayInternal().linear(x, weight, bias).singletonOrThrow();
    }
    NDArray y = weight.matMul(x.transpose()).transpose();
    return bias == null ? y : y.add(bias);
  }

  private static void closeAll(NDArray[] arrays) {
    for (NDArray a : arrays) {
      if (a != null) {
        a.close();
      }
    }
  }

  @Override
  public void close() {
    helper.close();
    chunksOf
        .values()
        .forEach(
            c -> {
              closeAll(c[0]);
              closeAll(c[1]);
            });
    chunksOf.clear();
  }
}
