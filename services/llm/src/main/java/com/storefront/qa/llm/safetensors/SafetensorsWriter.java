package com.storefront.qa.llm.safetensors;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** Writes fp32 data as a safetensors file in F32, F16 or BF16 (HF's on-disk layout). */
public final class SafetensorsWriter {
  private SafetensorsWriter() {}

  /**
   * A tensor to write.
   *
   * @param shape dimensions
   * @param data row-major values
   */
  public record Tensor(long[] shape, float[] data) {}

  /** Writes {@code tensors} (in iteration order) to {@code file}. */
  public static void write(Path file, Map<String, Tensor> tensors, StDType dtype)
      throws IOException {
    Map<String, long[]> shapes = new java.util.LinkedHashMap<>();
    tensors.forEach((k, v) -> shapes.put(k, v.shape()));
    write(file, shapes, name -> tensors.get(name).data(), dtype);
  }

  /**
   * Writes tensors whose data is produced on demand, one at a time, so large checkpoints never sit
   * on the heap at once.
   */
  public static void write(
      Path file, Map<String, long[]> shapes, Function<String, float[]> data, StDType dtype)
      throws IOException {
    JsonObject header = new JsonObject();
    JsonObject meta = new JsonObject();
    meta.addProperty("format", "pt");
    header.add("__metadata__", meta);
    long off = 0;
    for (var e : shapes.entrySet()) {
      JsonObject t = new JsonObject();
      t.addProperty("dtype", dtype.name());
      JsonArray shape = new JsonArray();
      for (long d : e.getValue()) {
        shape.add(d);
      }
      t.add("shape", shape);
      long numel = 1;
      for (long d : e.getValue()) {
        numel *= d;
      }
      long len = numel * dtype.bytes();
      JsonArray offs = new JsonArray();
      offs.add(off);
      offs.add(off + len);
      t.add("data_offsets", offs);
      header.add(e.getKey(), t);
      off += len;
    }
    byte[] h = header.toString().getBytes(StandardCharsets.UTF_8);
    int padded = (h.length + 7) / 8 * 8; // the format pads the header with spaces to 8 bytes
    try (OutputStream out = Files.newOutputStream(file)) {
      ByteBuffer lb = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(padded);
      out.write(lb.array());
      out.write(h);
      for (int i = h.length; i < padded; i++) {
        out.write(' ');
      }
      for (String name : shapes.keySet()) {
        out.write(encode(data.apply(name), dtype));
      }
    }
  }

  private static byte[] encode(float[] data, StDType dtype) {
    ByteBuffer b = ByteBuffer.allocate(data.length * dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
    for (float f : data) {
      switch (dtype) {
        case F32 -> b.putFloat(f);
        case F16 -> b.putShort(Float.floatToFloat16(f));
        case BF16 -> b.putShort(toBf16(f));
      }
    }
    return b.array();
  }

  /** fp32 to bf16 with round-to-nearest-even, as torch does. */
  public static short toBf16(float f) {
    int bits = Float.floatToRawIntBits(f);
    if (Float.isNaN(f)) {
      return (short) 0x7fc0;
    }
    int rounding = 0x7fff + ((bits >>> 16) & 1);
    return (short) ((bits + rounding) >>> 16);
  }
}
