package com.storefront.qa.llm.decoder;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import com.storefront.qa.llm.arch.DenseWeight;
import com.storefront.qa.llm.arch.Weight;
import com.storefront.qa.llm.quant.Int8Matrix;
import java.time.Duration;

/**
 * The forward pass's matrix products and embedding lookups, whatever the weights are held in: dense
 * weights through libtorch ({@link SplitLinear} on the CPU), 8-bit ones through {@link Int8Linear}.
 */
final class Projections implements AutoCloseable {
  /**
   * How long the int8 helper waits for the next chunked projection before it parks. Why 100 µs: it
   * covers the gaps between one forward pass's projections (norms, attention), not the gap between
   * tokens; measured on the 154M bench model, batch 1: 69.8–74.9 tok/s against 44.3–56.5 without,
   * for 5–8 % more CPU per token (docs/benchmarks.md, issue 14 on a quiet host).
   */
  static final Duration INT8_SPIN = Duration.ofNanos(100_000);

  private final NDManager manager;
  private final Device device;
  private final DataType dtype;
  private final SplitLinear split;
  private final Int8Linear int8;

  Projections(NDManager manager, Device device, DataType dtype, boolean int8Weights) {
    this.manager = manager;
    this.device = device;
    this.dtype = dtype;
    boolean cpu = Device.cpu().equals(device);
    // on a GPU one kernel per projection is right; the split only helps CPU threads
    boolean twoThreads = DecoderForward.splitProjections() && cpu;
    this.split = twoThreads && !int8Weights ? new SplitLinear() : null;
    this.int8 =
        int8Weights
            ? new Int8Linear(
                manager, twoThreads ? new HelperThread("llm-int8-helper", INT8_SPIN) : null)
            : null;
  }

  /** y = x·Wᵀ + b. */
  NDArray linear(NDArray x, Weight w, NDArray bias) {
    if (w instanceof Int8Matrix q) {
      return int8.apply(x, q, bias);
    }
    NDArray a = ((DenseWeight) w).array();
    return split == null ? SplitLinear.project(x, a, bias) : split.apply(x, a, bias);
  }

  /** Embedding rows of {@code tokens}, [T, hidden] in the compute dtype. */
  NDArray embed(int[] tokens, Weight table) {
    if (table instanceof Int8Matrix q) {
      return int8.embed(tokens, q, dtype);
    }
    NDArray ids = manager.create(Masks.toLong(tokens)).toDevice(device, false);
    return ((DenseWeight) table).array().get(new NDIndex("{}", ids));
  }

  @Override
  public void close() {
    if (split != null) {
      split.close();
    }
    if (int8 != null) {
      int8.close();
    }
  }
}
