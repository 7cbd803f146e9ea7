package com.storefront.qa.llm.decoder;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import com.storefront.qa.llm.arch.LayerWeights;
import com.storefront.qa.llm.arch.ModelWeights;
import com.storefront.qa.llm.arch.Weight;
import com.storefront.qa.llm.config.ModelConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * The Llama-family forward pass, written once for every registered architecture:
 *
 * <pre>
 * x = embed(ids)
 * per block: h = RMSNorm(x); q,k,v = h·Wqkv (+b); RoPE(q,k); cache k,v;
 *            x += Wo·softmax(q·Kᵀ/√d + mask)·V   (grouped-query: kvHeads serve heads/kvHeads each)
 *            h = RMSNorm(x); x += Wdown·(SiLU(h·Wgate) ⊙ h·Wup)
 * logits = RMSNorm(x)·lm_headᵀ
 * </pre>
 *
 * <p>Two entry points: {@link #extend} appends tokens of one sequence (prefill; also the no-cache
 * reference path when started at position 0), and {@link #decode} advances B sequences by one token
 * each in one batched pass, each at its own position with its own mask row. Every call runs inside
 * an {@link NDScope} so all intermediates are freed when it returns.
 */
public final class DecoderForward implements AutoCloseable {
  private final ModelConfig cfg;
  private final ModelWeights w;
  private final NDManager manager;
  private final Rope rope;
  private final DataType dtype;
  private final Device device;
  private final Projections proj;
  private final AttentionOps attention;
  // 0-d tensors made once: a Java scalar operand costs a fresh native tensor on every call
  private final NDArray scale;
  private final NDArray eps;

  /**
   * Wraps loaded weights; {@code manager} owns the RoPE tables and any caches made here.
   *
   * @param dtype the compute dtype (activations, dense weights, the cache): fp32 or fp16
   */
  public DecoderForward(
      ModelConfig cfg, ModelWeights w, NDManager manager, DataType dtype, Device device) {
    this.cfg = cfg;
    this.w = w;
    this.manager = manager;
    this.dtype = dtype;
    this.device = device;
    this.rope = new Rope(cfg, manager);
    this.scale = scalar((float) (1.0 / Math.sqrt(cfg.headDim())), dtype);
    this.eps = scalar((float) cfg.normEps(), DataType.FLOAT32);
    this.attention = new AttentionOps(cfg, scale, dtype);
    this.proj = new Projections(manager, device, dtype, w.quantised());
  }

  /**
   * Whether projections are split across two Java threads (and libtorch runs one intra-op thread);
   * {@code -Dllm.splitProjections=false} returns to libtorch's own threading.
   */
  static boolean splitProjections() {
    return Boolean.parseBoolean(System.getProperty("llm.splitProjections", "true"));
  }

  private NDArray scalar(float value, DataType type) {
    try (NDManager scratch = manager.newSubManager()) {
      NDArray a = scratch.create(value).toType(type, false).toDevice(device, false);
      a.attach(manager);
      return a;
    }
  }

  public ModelConfig config() {
    return cfg;
  }

  /** The weights this pass runs over. */
  public ModelWeights weights() {
    return w;
  }

  /** A cache with {@code slots} sequence slots. */
  public KvCache newCache(int slots) {
    return new KvCache(
        manager,
        cfg.numLayers(),
        slots,
        cfg.numKvHeads(),
        cfg.headDim(),
        cfg.maxPositions(),
        dtype,
        device);
  }

  /**
   * Runs {@code tokens} of the sequence in {@code slot} at positions {@code start..start+T-1},
   * attending to the cached positions before {@code start} and causally within the new tokens.
   *
   * @param allLogits return logits of every new position ([T * vocab]) instead of the last only
   * @return row-major fp32 logits
   */
  public float[] extend(KvCache cache, int slot, int[] tokens, int start, boolean allLogits) {
    int t = tokens.length;
    int total = start + t;
    cache.ensureCapacity(total);
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray x = embed(tokens);
      NDArray cosN = rows(rope.cos, start, t);
      NDArray sinN = rows(rope.sin, start, t);
      NDArray mask =
          manager.create(Masks.causal(t, start), new Shape(t, total)).toDevice(device, false);
      for (int l = 0; l < cfg.numLayers(); l++) {
        x =
            block(
                x,
                l,
                cache,
                cosN,
                sinN,
                (q, k, v, layer) -> attention.prefill(q, k, v, layer, cache, slot, start, mask));
      }
      NDArray last = allLogits ? x : x.get(new NDIndex("{}:", t - 1));
      return logits(last);
    }
  }

  /**
   * Advances sequences in slots {@code 0..B-1} by one token each.
   *
   * @param tokens the token to feed per slot
   * @param positions the position of that token per slot (= tokens already cached)
   * @return logits [B * vocab]
   */
  public float[] decode(KvCache cache, int[] tokens, int[] positions) {
    int b = tokens.length;
    int maxLen = 0;
    for (int p : positions) {
      maxLen = Math.max(maxLen, p + 1);
    }
    cache.ensureCapacity(maxLen);
    final int len = maxLen;
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray x = embed(tokens);
      NDArray posIdx = manager.create(Masks.toLong(positions)).toDevice(device, false);
      int[] slots = new int[b];
      for (int i = 0; i < b; i++) {
        slots[i] = i;
      }
      NDArray slotIdx = manager.create(Masks.toLong(slots)).toDevice(device, false);
      // the same cache index serves every layer: build it once per step
      NDIndex write = new NDIndex("{}, :, {}, :", slotIdx, posIdx);
      NDArray cosN = rope.cos.get(new NDIndex("{}", posIdx)).expandDims(1).toType(dtype, false);
      NDArray sinN = rope.sin.get(new NDIndex("{}", posIdx)).expandDims(1).toType(dtype, false);
      // sequences shorter than the longest mask their unused cache positions
      NDArray mask =
          Masks.hasPadding(positions, len)
              ? manager
                  .create(Masks.padding(positions, len), new Shape(b, 1, 1, len))
                  .toDevice(device, false)
              : null;
      for (int l = 0; l < cfg.numLayers(); l++) {
        x =
            block(
                x,
                l,
                cache,
                cosN,
                sinN,
                (q, k, v, layer) -> attention.decode(q, k, v, layer, cache, b, len, mask, write));
      }
      return logits(x);
    }
  }

  /**
   * One pass over a mixed batch (chunked prefill): {@code decodes} advance one token each while
   * {@code chunks} append prompt tokens of other sequences, all rows through the same projections,
   * so the weights are read once for both. Attention stays per sequence.
   *
   * @return fp32 logits at the last new position of each segment, decodes first then chunks, [S *
   *     vocab]
   */
  public float[] mixed(KvCache cache, List<Segment> decodes, List<Segment> chunks) {
    List<Segment> all = new ArrayList<>(decodes);
    all.addAll(chunks);
    int n = all.stream().mapToInt(s -> s.tokens().length).sum();
    int[] ids = new int[n];
    int[] pos = new int[n];
    int[] last = new int[all.size()];
    int row = 0;
    int maxLen = 0;
    for (int i = 0; i < all.size(); i++) {
      Segment s = all.get(i);
      for (int j = 0; j < s.tokens().length; j++, row++) {
        ids[row] = s.tokens()[j];
        pos[row] = s.start() + j;
      }
      last[i] = row - 1;
      maxLen = Math.max(maxLen, s.end());
    }
    cache.ensureCapacity(maxLen);
    try (NDScope scope = new NDScope()) {
      scope.suppressNotUsedWarning();
      NDArray x = embed(ids);
      NDArray posIdx = manager.create(Masks.toLong(pos)).toDevice(device, false);
      NDArray cosN = rope.cos.get(new NDIndex("{}", posIdx)).expandDims(1).toType(dtype, false);
      NDArray sinN = rope.sin.get(new NDIndex("{}", posIdx)).expandDims(1).toType(dtype, false);
      MixedAttention attn = new MixedAttention(attention, cache, decodes, chunks, manager, device);
      for (int l = 0; l < cfg.numLayers(); l++) {
        x = block(x, l, cache, cosN, sinN, attn::apply);
      }
      NDArray lastIdx = manager.create(Masks.toLong(last)).toDevice(device, false);
      return logits(x.get(new NDIndex("{}", lastIdx)));
    }
  }

  @FunctionalInterface
  private interface Attention {
    /** q [N, heads, hd], k/v [N, kvHeads, hd] → context [N, heads*hd]. */
    NDArray apply(NDArray q, NDArray k, NDArray v, int layer);
  }

  private NDArray block(
      NDArray x, int l, KvCache cache, NDArray cosN, NDArray sinN, Attention attn) {
    LayerWeights lw = w.layers().get(l);
    long n = x.getShape().get(0);
    int hd = cfg.headDim();
    long qw = (long) cfg.numHeads() * hd;
    long kvw = (long) cfg.numKvHeads() * hd;
    NDArray h = rmsNorm(x, lw.attnNorm());
    NDArray qkv = linear(h, lw.qkv(), lw.qkvBias());
    NDList parts = qkv.split(new long[] {qw + kvw}, 1);
    // q and k heads are adjacent in the fused projection: rotate them together in one pass
    NDArray qk =
        rope.apply(parts.get(0).reshape(n, cfg.numHeads() + cfg.numKvHeads(), hd), cosN, sinN);
    NDList qAndK = qk.split(new long[] {cfg.numHeads()}, 1);
    NDArray v = parts.get(1).reshape(n, cfg.numKvHeads(), hd);
    NDArray ctx = attn.apply(qAndK.get(0), qAndK.get(1), v, l);
    x = x.add(linear(ctx, lw.o(), null));
    NDArray h2 = rmsNorm(x, lw.mlpNorm());
    NDList gu = linear(h2, lw.gateUp(), null).split(2, 1);
    NDArray act = gu.get(0).mul(Activation.sigmoid(gu.get(0))).mul(gu.get(1));
    return x.add(linear(act, lw.down(), null));
  }

  private NDArray embed(int[] tokens) {
    return proj.embed(tokens, w.embedding());
  }

  private NDArray rows(NDArray table, int start, int count) {
    return table
        .get(new NDIndex("{}:{}", start, start + count))
        .expandDims(1)
        .toDevice(device, false)
        .toType(dtype, false);
  }

  /** RMSNorm in fp32 as HF does: x / sqrt(mean(x²) + eps) * weight. */
  private NDArray rmsNorm(NDArray x, NDArray weight) {
    NDArray xf = x.toType(DataType.FLOAT32, false);
    NDArray rms = xf.square().mean(new int[] {-1}, true).add(eps).sqrt();
    return xf.div(rms).toType(dtype, false).mul(weight.toType(dtype, false));
  }

  private NDArray linear(NDArray x, Weight weight, NDArray bias) {
    return proj.linear(x, weight, bias);
  }

  private float[] logits(NDArray x) {
    NDArray h = rmsNorm(x, w.finalNorm());
    NDArray out = linear(h, w.lmHead(), null).toType(DataType.FLOAT32, false);
    return out.toFloatArray();
  }

  /** Frees the RoPE tables (weights belong to the caller's manager). */
  @Override
  public void close() {
    rope.cos.close();
    rope.sin.close();
    rope.rotation.close();
    scale.close();
    eps.close();
    proj.close();
  }
}
