package com.storefront.qa.llm.arch;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import com.storefront.qa.llm.config.ModelConfig;
import com.storefront.qa.llm.quant.Int8Matrix;
import com.storefront.qa.llm.safetensors.Checkpoint;
import com.storefront.qa.llm.safetensors.SafetensorsFile;
import com.storefront.qa.llm.safetensors.TensorInfo;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * Copies checkpoint tensors into NDArrays in the common layout, validating every shape against
 * config.json first.
 *
 * <p>Data flows mmap → a reusable 64 MB direct buffer (widened to fp32) → a slice of a
 * pre-allocated torch tensor. DJL aliases direct buffers instead of copying them, so the scratch
 * buffer is copied into torch-owned memory with {@code set} before it is reused.
 */
public final class WeightLoader {
  private static final int SCRATCH_FLOATS = 16 << 20;

  private final Checkpoint ckpt;
  private final NDManager manager;
  private final Device device;
  private final DataType dtype;
  private final boolean int8;
  private final FloatBuffer scratch;
  private final ByteBuffer scratchBytes;
  private long params;

  private WeightLoader(
      Checkpoint ckpt, NDManager manager, Device device, DataType dtype, boolean int8) {
    this.ckpt = ckpt;
    this.int8 = int8;
    this.manager = manager;
    this.device = device;
    this.dtype = dtype;
    this.scratchBytes =
        ByteBuffer.allocateDirect(SCRATCH_FLOATS * 4).order(ByteOrder.nativeOrder());
    this.scratch = scratchBytes.asFloatBuffer();
  }

  /**
   * Loads every weight of {@code cfg} from {@code ckpt}; norms stay fp32 whatever the dtype.
   *
   * @param dtype the compute dtype dense matrices are cast to (and int8 scales on a GPU)
   * @param int8 quantise every matrix to 8 bits ({@link Int8Matrix}) as it is read, whatever the
   *     checkpoint's own dtype; vectors (norms, biases) stay as they are
   */
  public static ModelWeights load(
      Checkpoint ckpt,
      Architecture arch,
      ModelConfig cfg,
      NDManager manager,
      Device device,
      DataType dtype,
      boolean int8,
      Consumer<String> progress)
      throws IOException {
    WeightLoader l = new WeightLoader(ckpt, manager, device, dtype, int8);
    long h = cfg.hiddenSize();
    long qRows = (long) cfg.numHeads() * cfg.headDim();
    long kvRows = (long) cfg.numKvHeads() * cfg.headDim();
    long inter = cfg.intermediateSize();
    Weight emb = l.matrix(new String[] {arch.embedding()}, new long[] {cfg.vocabSize()}, h, true);
    progress.accept("loaded embedding " + arch.embedding());
    List<LayerWeights> layers = new ArrayList<>();
    for (int i = 0; i < cfg.numLayers(); i++) {
      LayerTensorNames n = arch.layer(i);
      NDArray qkvBias =
          cfg.qkvBias()
              ? l.vector(new String[] {n.qBias(), n.kBias(), n.vBias()}, qRows, kvRows, kvRows)
              : null;
      layers.add(
          new LayerWeights(
              l.norm(n.attnNorm(), h),
              l.matrix(
                  new String[] {n.q(), n.k(), n.v()}, new long[] {qRows, kvRows, kvRows}, h, true),
              qkvBias,
              l.matrix(new String[] {n.o()}, new long[] {h}, qRows, true),
              l.norm(n.mlpNorm(), h),
              l.matrix(new String[] {n.gate(), n.up()}, new long[] {inter, inter}, h, true),
              l.matrix(new String[] {n.down()}, new long[] {h}, inter, true)));
      progress.accept("loaded layer " + (i + 1) + "/" + cfg.numLayers());
    }
    NDArray norm = l.norm(arch.finalNorm(), h);
    Weight head;
    if (ckpt.has(arch.lmHead()) && !cfg.tieWordEmbeddings()) {
      head = l.matrix(new String[] {arch.lmHead()}, new long[] {cfg.vocabSize()}, h, true);
      progress.accept("loaded " + arch.lmHead());
    } else if (cfg.tieWordEmbeddings()) {
      head = emb; // tied: EXAONE 2.4B ships no lm_head tensor
    } else {
      throw new IOException(
          "tensor '" + arch.lmHead() + "' missing and tie_word_embeddings is false");
    }
    return new ModelWeights(emb, layers, norm, head, l.params);
  }

  private NDArray norm(String name, long size) throws IOException {
    NDArray v = vector(new String[] {name}, size);
    return v; // vector() keeps fp32: RMSNorm runs in fp32
  }

  /** Concatenates 1-D tensors (biases, norms) in fp32. */
  private NDArray vector(String[] names, long... sizes) throws IOException {
    long total = Arrays.stream(sizes).sum();
    NDArray out = manager.zeros(new Shape(total), DataType.FLOAT32, Device.cpu());
    long off = 0;
    for (int i = 0; i < names.length; i++) {
      TensorInfo t = checked(names[i], sizes[i]);
      copyRows(t, off, sizes[i], 1, out, true);
      off += sizes[i];
    }
    return toDevice(out, false);
  }

  /** Concatenates 2-D tensors along rows, e.g. q|k|v into one projection. */
  private Weight matrix(String[] names, long[] rows, long cols, boolean castToDtype)
      throws IOException {
    long total = Arrays.stream(rows).sum();
    NDArray out = manager.zeros(new Shape(total, cols), DataType.FLOAT32, Device.cpu());
    long off = 0;
    for (int i = 0; i < names.length; i++) {
      TensorInfo t = checked(names[i], rows[i], cols);
      copyRows(t, off, rows[i], cols, out, false);
      off += rows[i];
    }
    if (int8) {
      return Int8Matrix.quantise(out, device, dtype);
    }
    return new DenseWeight(toDevice(out, castToDtype));
  }

  private TensorInfo checked(String name, long... shape) throws IOException {
    SafetensorsFile f = ckpt.fileOf(name);
    TensorInfo t = f.info(name);
    if (!t.hasShape(shape)) {
      throw new IOException(
          f.path()
              + ": tensor '"
              + name
              + "' has shape "
              + t.shapeString()
              + ", expected "
              + Arrays.toString(shape)
              + " from config.json");
    }
    params += t.numel();
    return t;
  }

  private void copyRows(TensorInfo t, long rowOff, long rows, long cols, NDArray out, boolean vec)
      throws IOException {
    SafetensorsFile f = ckpt.fileOf(t.name());
    long chunkRows = Math.max(1, SCRATCH_FLOATS / cols);
    for (long r = 0; r < rows; r += chunkRows) {
      long n = Math.min(chunkRows, rows - r);
      scratch.clear();
      f.readFloats(t, r * cols, n * cols, scratch);
      Shape s = vec ? new Shape(n) : new Shape(n, cols);
      ByteBuffer view =
          scratchBytes.slice(0, Math.toIntExact(n * cols * 4)).order(ByteOrder.nativeOrder());
      try (NDArray tmp = manager.create(view, s, DataType.FLOAT32)) {
        out.set(new NDIndex("{}:{}", rowOff + r, rowOff + r + n), tmp);
      }
    }
  }

  private NDArray toDevice(NDArray a, boolean cast) {
    NDArray r = a;
    if (cast && dtype != DataType.FLOAT32) {
      r = a.toType(dtype, false);
      a.close();
    }
    if (!device.equals(Device.cpu())) {
      NDArray d = r.toDevice(device, false);
      r.close();
      r = d;
    }
    return r;
  }
}
