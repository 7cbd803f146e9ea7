package com.storefront.qa.llm.decoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Projections split in two row halves, one computed by the calling thread and one offered to a
 * helper thread, with stealing: if the helper has not started its half when the caller finishes its
 * own, the caller computes it too.
 *
 * <p>Why: libtorch's OpenMP parallel regions partition work statically, so on a loaded machine
 * every GEMV waits for the second OpenMP thread to be scheduled (~49 waits per token). Here a late
 * helper costs nothing; libtorch then runs with one intra-op thread.
 */
final class SplitLinear implements AutoCloseable {
  /** Weights smaller than this (elements) are not worth a hand-off. */
  static long minElements = 1 << 20;

  private final HelperThread helper = new HelperThread("llm-linear-helper");
  private final Map<NDArray, NDArray[]> rowHalves = new IdentityHashMap<>();

  /** y = x·Wᵀ + b. */
  NDArray apply(NDArray x, NDArray weight, NDArray bias) {
    if (weight.getShape().size() < minElements) {
      return project(x, weight, bias);
    }
    NDList parts = halves(x, weight, bias);
    return parts.get(0).concat(parts.get(1), -1);
  }

  /**
   * x·Wᵀ as its two column halves [x·W₀ᵀ, x·W₁ᵀ], for a fused weight whose halves are separate
   * projections (gate and up): the caller uses them apart, so they are never joined. Both halves
   * belong to the caller's {@link NDScope}.
   */
  NDList halves(NDArray x, NDArray weight, NDArray bias) {
    NDArray[] h = rowHalves.computeIfAbsent(weight, w -> split(w, bias));
    // DJL fills an array's shape, dtype and device lazily in unsynchronised fields: two threads
    // filling them at once can publish a half-built Shape (seen as an NPE inside Shape.get). Fill
    // them here, before the hand-off, which publishes them safely to the helper.
    x.getShape();
    x.getDataType();
    x.getDevice();
    HelperThread.Task<NDArray> other =
        helper.offer(
            () -> {
              try (NDScope scope = new NDScope()) { // temporaries of whichever thread runs it
                scope.suppressNotUsedWarning();
                NDArray r;
                try {
                  r = project(x, h[1], h[3]);
                } catch (RuntimeException e) {
                  System.err.println(
                      "DEBUG x released="
                          + x.isReleased()
                          + " thread="
                          + Thread.currentThread().getName()
                          + " w="
                          + weight.getShape());
                  throw e;
                }
                NDScope.unregister(r);
                return r;
              }
            });
    NDArray first = project(x, h[0], h[2]);
    NDArray second = other.join();
    NDScope.register(second); // into the caller's scope, like first
    return new NDList(first, second);
  }

  /** Row halves of W (and of b), kept for the model's lifetime; views, no copies. */
  private static NDArray[] split(NDArray w, NDArray bias) {
    long half = w.getShape().get(0) / 2;
    NDArray[] h = {
      w.get(new NDIndex("0:{}", half)),
      w.get(new NDIndex("{}:", half)),
      bias == null ? null : bias.get(new NDIndex("0:{}", half)),
      bias == null ? null : bias.get(new NDIndex("{}:", half))
    };
    for (NDArray a : h) {
      if (a != null) {
        NDScope.unregister(a); // created inside a forward call's scope, but must outlive it
      }
    }
    return h;
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

  @Override
  public void close() {
    helper.close();
    rowHalves
        .values()
        .forEach(
            h -> {
              for (NDArray a : h) {
                if (a != null) {
                  a.close();
                }
              }
            });
    rowHalves.clear();
  }
}
