package com.storefront.qa.llm.decoder;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDArrays;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;

/**
 * Attention for one mixed pass: the rows of q/k/v are the decode segments' tokens (one each,
 * attended together as a batch) followed by each prompt chunk's tokens (attended per sequence,
 * causally). Every index and mask is built once per pass and serves every layer.
 */
final class MixedAttention {
  private final AttentionOps ops;
  private final KvCache cache;
  private final List<Segment> decodes;
  private final List<Segment> chunks;
  private final int decodeLen;
  private final NDArray decodeSlots;
  private final NDIndex decodeWrite;
  private final NDArray decodeMask;
  private final List<NDArray> chunkMasks = new ArrayList<>();

  MixedAttention(
      AttentionOps ops,
      KvCache cache,
      List<Segment> decodes,
      List<Segment> chunks,
      NDManager manager,
      Device device) {
    this.ops = ops;
    this.cache = cache;
    this.decodes = decodes;
    this.chunks = chunks;
    int d = decodes.size();
    long[] slots = new long[d];
    long[] pos = new long[d];
    int[] positions = new int[d];
    int len = 0;
    for (int i = 0; i < d; i++) {
      slots[i] = decodes.get(i).slot();
      pos[i] = positions[i] = decodes.get(i).start();
      len = Math.max(len, positions[i] + 1);
    }
    this.decodeLen = len;
    if (d > 0) {
      decodeSlots = manager.create(slots).toDevice(device, false);
      decodeWrite =
          new NDIndex("{}, :, {}, :", decodeSlots, manager.create(pos).toDevice(device, false));
      decodeMask =
          manager
              .create(Masks.padding(positions, len), new Shape(d, 1, 1, len))
              .toDevice(device, false);
    } else {
      decodeSlots = null;
      decodeWrite = null;
      decodeMask = null;
    }
    for (Segment c : chunks) {
      int t = c.tokens().length;
      chunkMasks.add(
          manager
              .create(Masks.causal(t, c.start()), new Shape(t, c.end()))
              .toDevice(device, false));
    }
  }

  /** q [N, heads, hd], k/v [N, kvHeads, hd] → context [N, heads*hd], rows in segment order. */
  NDArray apply(NDArray q, NDArray k, NDArray v, int layer) {
    NDList parts = new NDList();
    int d = decodes.size();
    if (d > 0) {
      NDIndex rows = new NDIndex("0:{}", d);
      parts.add(
          ops.decodeSlots(
              q.get(rows),
              k.get(rows),
              v.get(rows),
              layer,
              cache,
              decodeSlots,
              decodeLen,
              decodeMask,
              decodeWrite));
    }
    int row = d;
    for (int i = 0; i < chunks.size(); i++) {
      Segment c = chunks.get(i);
      NDIndex rows = new NDIndex("{}:{}", row, row + c.tokens().length);
      parts.add(
          ops.prefill(
              q.get(rows),
              k.get(rows),
              v.get(rows),
              layer,
              cache,
              c.slot(),
              c.start(),
              chunkMasks.get(i)));
      row += c.tokens().length;
    }
    return parts.size() == 1 ? parts.get(0) : NDArrays.concat(parts, 0);
  }
}
