package com.storefront.qa.llm.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import com.storefront.qa.llm.arch.Architecture;
import com.storefront.qa.llm.arch.LayerTensorNames;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The trainable Llama decoder: its parameters (named as HuggingFace names them, tied embeddings)
 * and a batched training forward pass written with the same operations, in the same order, as the
 * engine's {@code DecoderForward}: fp32 RMSNorm x/sqrt(mean(x²)+eps)·w, rotate-half RoPE with the
 * same tables, causal softmax attention scaled by 1/√headDim, SiLU-gated MLP, final norm and the
 * embedding as lm head. What it learns is therefore what the engine computes.
 */
public final class DemoLlama implements AutoCloseable {
  private final DemoSpec spec;
  private final Architecture arch;
  private final NDManager manager;
  private final Map<String, NDArray> params = new LinkedHashMap<>();
  private final NDArray cos;
  private final NDArray sin;
  private final NDArray rotation;

  /** Randomly initialised parameters (normal, std 0.02; norms 1), reproducible from the seed. */
  public DemoLlama(DemoSpec spec, Architecture arch, int vocab, NDManager parent) {
    this.spec = spec;
    this.arch = arch;
    this.manager = parent.newSubManager();
    SplittableRandom r = new SplittableRandom(spec.seed());
    int h = spec.hidden();
    int inter = spec.intermediate();
    // residual-branch outputs scaled down so the stream's variance does not grow with depth
    double outStd = 0.02 / Math.sqrt(2.0 * spec.layers());
    add(arch.embedding(), r, 0.02, vocab, h);
    for (int i = 0; i < spec.layers(); i++) {
      LayerTensorNames n = arch.layer(i);
      add(n.attnNorm(), r, -1, h);
      add(n.q(), r, 0.02, h, h);
      add(n.k(), r, 0.02, h, h);
      add(n.v(), r, 0.02, h, h);
      add(n.o(), r, outStd, h, h);
      add(n.mlpNorm(), r, -1, h);
      add(n.gate(), r, 0.02, inter, h);
      add(n.up(), r, 0.02, inter, h);
      add(n.down(), r, outStd, h, inter);
    }
    add(arch.finalNorm(), r, -1, h);
    NDArray[] tables = RopeTables.create(spec, manager);
    cos = tables[0];
    sin = tables[1];
    rotation = tables[2];
  }

  private void add(String name, SplittableRandom r, double std, long... shape) {
    int numel = Math.toIntExact(new Shape(shape).size());
    float[] v = new float[numel];
    for (int i = 0; i < numel; i++) {
      v[i] = std < 0 ? 1f : (float) (std * r.nextGaussian());
    }
    NDArray a = manager.create(v, new Shape(shape));
    a.setRequiresGradient(true);
    params.put(name, a);
  }

  /** Parameters by HuggingFace tensor name, in checkpoint order. */
  public Map<String, NDArray> parameters() {
    return params;
  }

  /** Logits [B, T, vocab] for token ids [B, T] (int64), causal, positions 0..T-1. */
  public NDArray forward(NDArray ids) {
    long b = ids.getShape().get(0);
    long t = ids.getShape().get(1);
    int h = spec.hidden();
    int nh = spec.heads();
    int hd = spec.headDim();
    NDArray emb = params.get(arch.embedding());
    NDArray x = emb.get(new NDIndex("{}", ids.reshape(-1))).reshape(b, t, h);
    NDArray cosT = cos.get(new NDIndex("0:{}", t)).reshape(1, 1, t, hd);
    NDArray sinT = sin.get(new NDIndex("0:{}", t)).reshape(1, 1, t, hd);
    NDArray mask = causalMask(t);
    NDArray scale = manager.create((float) (1.0 / Math.sqrt(hd)));
    for (int i = 0; i < spec.layers(); i++) {
      LayerTensorNames n = arch.layer(i);
      NDArray a = rmsNorm(x, params.get(n.attnNorm()));
      NDArray q = heads(a.matMul(params.get(n.q()).transpose()), b, t, nh, hd);
      NDArray k = heads(a.matMul(params.get(n.k()).transpose()), b, t, nh, hd);
      NDArray v = heads(a.matMul(params.get(n.v()).transpose()), b, t, nh, hd);
      q = q.mul(cosT).add(q.matMul(rotation).mul(sinT));
      k = k.mul(cosT).add(k.matMul(rotation).mul(sinT));
      NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).mul(scale).add(mask);
      NDArray ctx = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, t, h);
      x = x.add(ctx.matMul(params.get(n.o()).transpose()));
      NDArray m = rmsNorm(x, params.get(n.mlpNorm()));
      NDArray gate = m.matMul(params.get(n.gate()).transpose());
      NDArray up = m.matMul(params.get(n.up()).transpose());
      NDArray act = gate.mul(Activation.sigmoid(gate)).mul(up);
      x = x.add(act.matMul(params.get(n.down()).transpose()));
    }
    x = rmsNorm(x, params.get(arch.finalNorm()));
    return x.matMul(emb.transpose());
  }

  private static NDArray heads(NDArray x, long b, long t, int nh, int hd) {
    return x.reshape(b, t, nh, hd).transpose(0, 2, 1, 3);
  }

  private NDArray rmsNorm(NDArray x, NDArray w) {
    NDArray rms = x.square().mean(new int[] {-1}, true).add((float) DemoSpec.NORM_EPS).sqrt();
    return x.div(rms).mul(w);
  }

  private NDArray causalMask(long t) {
    float[] m = new float[Math.toIntExact(t * t)];
    for (int i = 0; i < t; i++) {
      for (int j = i + 1; j < t; j++) {
        m[Math.toIntExact(i * t + j)] = Float.NEGATIVE_INFINITY;
      }
    }
    return manager.create(m, new Shape(t, t));
  }

  @Override
  public void close() {
    manager.close();
  }
}
