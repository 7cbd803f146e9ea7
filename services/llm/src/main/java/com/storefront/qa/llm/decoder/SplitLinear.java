package com.storefront.qa.llm.decoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

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

  private final ExecutorService helper =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread t = new Thread(r, "llm-linear-helper");
            t.setDaemon(true);
            return t;
          });
  private final Map<NDArray, NDArray[]> halves = new IdentityHashMap<>();

  /** y = x·Wᵀ + b. */
  NDArray apply(NDArray x, NDArray weight, NDArray bias) {
    if (weight.getShape().size() < minElements) {
      return project(x, weight, bias);
    }
    NDArray[] h = halves.computeIfAbsent(weight, w -> split(w, bias));
    AtomicBoolean claimed = new AtomicBoolean();
    Future<NDArray> other =
        helper.submit(
            () -> {
              if (!claimed.compareAndSet(false, true)) {
                return null;
              }
              try (NDScope scope = new NDScope()) { // the helper's own temporaries
                scope.suppressNotUsedWarning();
                NDArray r = project(x, h[1], h[3]);
                NDScope.unregister(r);
                return r;
              }
            });
    NDArray first = project(x, h[0], h[2]);
    if (claimed.compareAndSet(false, true)) {
      other.cancel(false);
      return first.concat(project(x, h[1], h[3]), -1);
    }
    NDArray second;
    try {
      second = other.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("projection failed: " + e.getCause(), e.getCause());
    }
    try {
      return first.concat(second, -1);
    } finally {
      second.close(); // made outside the caller's NDScope
    }
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
    helper.shutdownNow();
    halves
        .values()
        .forEach(
            h -> {
              for (NDArray a : h) {
                if (a != null) {
                  a.close();
                }
              }
            });
    halves.clear();
  }
}
