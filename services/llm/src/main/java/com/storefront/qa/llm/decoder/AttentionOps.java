package com.storefront.qa.llm.decoder;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import com.storefront.qa.llm.config.ModelConfig;

/**
 * Grouped-query attention over the cache: each of {@code kvHeads} key/value heads serves {@code
 * heads / kvHeads} query heads. Writes the new keys and values into the cache first.
 */
final class AttentionOps {
  private final ModelConfig cfg;
  private final NDArray scale;
  private final DataType dtype;

  /** {@code scale} is 1/√headDim as a 0-d tensor in the compute dtype. */
  AttentionOps(ModelConfig cfg, NDArray scale, DataType dtype) {
    this.cfg = cfg;
    this.scale = scale;
    this.dtype = dtype;
  }

  /**
   * T new tokens of the sequence in {@code slot} at positions start..start+T-1, attending to the
   * cached positions before them and causally among themselves ({@code mask} [T, start+T]).
   */
  NDArray prefill(
      NDArray q, NDArray k, NDArray v, int l, KvCache cache, int slot, int start, NDArray mask) {
    long t = q.getShape().get(0);
    long total = start + t;
    int kvh = cfg.numKvHeads();
    int g = cfg.numHeads() / kvh;
    int hd = cfg.headDim();
    NDIndex dst = new NDIndex("{}, :, {}:{}, :", slot, start, total);
    cache.k[l].set(dst, k.transpose(1, 0, 2).expandDims(0));
    cache.v[l].set(dst, v.transpose(1, 0, 2).expandDims(0));
    NDIndex src = new NDIndex("{}, :, 0:{}, :", slot, total);
    NDArray keys = cache.k[l].get(src); // [kv, total, hd]
    NDArray vals = cache.v[l].get(src);
    // [T, kv, g, hd] -> [kv, g, T, hd] -> [kv, g*T, hd]: one batched matmul per kv head
    NDArray qh = q.reshape(t, kvh, g, hd).transpose(1, 2, 0, 3).reshape(kvh, g * t, hd);
    NDArray scores = qh.matMul(keys.transpose(0, 2, 1)).reshape(kvh, g, t, total);
    NDArray probs = softmax(scores.mul(scale), mask);
    NDArray ctx = probs.reshape(kvh, g * t, total).matMul(vals); // [kv, g*T, hd]
    return ctx.reshape(kvh, g, t, hd).transpose(2, 0, 1, 3).reshape(t, (long) kvh * g * hd);
  }

  /**
   * One new token per sequence: writes k/v at each sequence's position ({@code write}), then
   * attends over the cache rows 0..len-1 of slots 0..B-1.
   */
  NDArray decode(
      NDArray q,
      NDArray k,
      NDArray v,
      int l,
      KvCache cache,
      int b,
      int len,
      NDArray mask,
      NDIndex write) {
    int kvh = cfg.numKvHeads();
    int g = cfg.numHeads() / kvh;
    int hd = cfg.headDim();
    // one scatter per tensor: cache[i, :, positions[i], :] = k[i] for every sequence i
    cache.k[l].set(write, k);
    cache.v[l].set(write, v);
    return attend(q, cache.keys(l, b, len), cache.values(l, b, len), b, mask);
  }

  /**
   * As {@link #decode}, for sequences in any slots ({@code slots} [B]): keys and values are
   * gathered by slot, so this costs a copy that slots 0..B-1 avoid.
   */
  NDArray decodeSlots(
      NDArray q,
      NDArray k,
      NDArray v,
      int l,
      KvCache cache,
      NDArray slots,
      int len,
      NDArray mask,
      NDIndex write) {
    cache.k[l].set(write, k);
    cache.v[l].set(write, v);
    NDIndex rows = new NDIndex(":, :, 0:{}, :", len);
    NDArray keys = cache.k[l].get(new NDIndex("{}", slots)).get(rows);
    NDArray vals = cache.v[l].get(new NDIndex("{}", slots)).get(rows);
    return attend(q, keys, vals, (int) q.getShape().get(0), mask);
  }

  /** q [B, heads, hd] against keys/values [B, kv, len, hd]. */
  private NDArray attend(NDArray q, NDArray keys, NDArray vals, int b, NDArray mask) {
    int kvh = cfg.numKvHeads();
    int g = cfg.numHeads() / kvh;
    int hd = cfg.headDim();
    NDArray qh = q.reshape(b, kvh, g, hd);
    NDArray scores = qh.matMul(keys.transpose(0, 1, 3, 2)); // [B, kv, g, len]
    NDArray probs = softmax(scores.mul(scale), mask);
    return probs.matMul(vals).reshape(b, (long) kvh * g * hd);
  }

  /** Softmax in fp32 (masked positions carry -inf; no mask: none) and back to the compute dtype. */
  private NDArray softmax(NDArray scores, NDArray mask) {
    NDArray s = scores.toType(DataType.FLOAT32, false);
    s = mask == null ? s : s.add(mask);
    return s.softmax(-1).toType(dtype, false);
  }
}
