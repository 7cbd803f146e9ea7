package com.storefront.qa.llm.decoder;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;

/**
 * Slot-based key/value cache: per layer one K and one V tensor [slots, kvHeads, capacity, headDim].
 * A sequence owns one slot; batched decode reads slots {@code 0..B-1} as one strided view, so the
 * scheduler keeps active sequences in the lowest slots ({@link #moveSlot}).
 *
 * <p>Capacity grows by doubling (a copy) when a sequence needs more positions, which keeps memory
 * proportional to the longest live sequence instead of the model's maximum context.
 */
public final class KvCache implements AutoCloseable {
  private final NDManager manager;
  private final int slots;
  private final int kvHeads;
  private final int headDim;
  private final int maxPositions;
  private final DataType dtype;
  private final Device device;
  final NDArray[] k;
  final NDArray[] v;
  private int capacity;

  KvCache(
      NDManager manager,
      int layers,
      int slots,
      int kvHeads,
      int headDim,
      int maxPositions,
      DataType dtype,
      Device device) {
    this.manager = manager;
    this.slots = slots;
    this.kvHeads = kvHeads;
    this.headDim = headDim;
    this.maxPositions = maxPositions;
    this.dtype = dtype;
    this.device = device;
    this.k = new NDArray[layers];
    this.v = new NDArray[layers];
    this.capacity = 0;
    ensureCapacity(Math.min(64, maxPositions));
  }

  /**
   * Keys of slots 0..b-1 at positions 0..len-1 in layer {@code l}: [b, kvHeads, len, hd], a view.
   */
  NDArray keys(int l, int b, int len) {
    return window(k[l], b, len);
  }

  /** Values, as {@link #keys}. */
  NDArray values(int l, int b, int len) {
    return window(v[l], b, len);
  }

  /**
   * Two native narrow calls: DJL's general indexer takes about twice as long for this slice, and
   * the decoder takes two per layer and step.
   */
  private static NDArray window(NDArray t, int b, int len) {
    if (t instanceof PtNDArray pt) {
      return JniUtils.slice(JniUtils.slice(pt, 0, 0, b, 1), 2, 0, len, 1);
    }
    return t.get(new NDIndex("0:{}, :, 0:{}, :", b, len));
  }

  public int slots() {
    return slots;
  }

  public int capacity() {
    return capacity;
  }

  /** Makes room for {@code positions} positions per slot, keeping cached contents. */
  public void ensureCapacity(int positions) {
    if (positions <= capacity) {
      return;
    }
    if (positions > maxPositions) {
      throw new IllegalArgumentException(
          "sequence needs " + positions + " positions, model allows " + maxPositions);
    }
    int next = Math.min(maxPositions, Math.max(positions, capacity * 2));
    Shape shape = new Shape(slots, kvHeads, next, headDim);
    for (int l = 0; l < k.length; l++) {
      k[l] = grow(k[l], shape);
      v[l] = grow(v[l], shape);
    }
    capacity = next;
  }

  private NDArray grow(NDArray old, Shape shape) {
    NDArray fresh = manager.zeros(shape, dtype, device);
    if (old != null) {
      fresh.set(new NDIndex(":, :, 0:{}, :", capacity), old);
      old.close();
    }
    return fresh;
  }

  /** Copies slot {@code from} over slot {@code to} (to keep active slots contiguous). */
  public void moveSlot(int from, int to) {
    if (from == to) {
      return;
    }
    for (int l = 0; l < k.length; l++) {
      try (NDArray src = k[l].get(new NDIndex("{}", from))) {
        k[l].set(new NDIndex("{}", to), src);
      }
      try (NDArray src = v[l].get(new NDIndex("{}", from))) {
        v[l].set(new NDIndex("{}", to), src);
      }
    }
  }

  /** Bytes held by the cache tensors. */
  public long bytes() {
    return 2L * k.length * slots * kvHeads * (long) capacity * headDim * dtype.getNumOfBytes();
  }

  @Override
  public void close() {
    for (int l = 0; l < k.length; l++) {
      k[l].close();
      v[l].close();
    }
  }
}
