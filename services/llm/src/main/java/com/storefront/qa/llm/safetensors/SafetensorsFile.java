package com.storefront.qa.llm.safetensors;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A memory-mapped safetensors file. Only the header is read eagerly; tensor bytes are mapped per
 * tensor range on demand, so shards of any size (also over 2 GiB) never land on the heap.
 *
 * <p>Every header inconsistency is reported as an {@link IOException} naming the file and tensor,
 * before any native code sees the data.
 */
public final class SafetensorsFile implements AutoCloseable {
  /** Headers are JSON of a few hundred bytes per tensor; 100 MB is far beyond any real one. */
  static final long MAX_HEADER = 100L * 1024 * 1024;

  /** Mapping granularity for very large tensors (a MappedByteBuffer is int-indexed). */
  private static final long MAP_CHUNK = 1L << 30;

  private final Path path;
  private final FileChannel channel;
  private final long dataStart;
  private final Map<String, TensorInfo> tensors;

  private SafetensorsFile(Path path, FileChannel ch, long dataStart, Map<String, TensorInfo> t) {
    this.path = path;
    this.channel = ch;
    this.dataStart = dataStart;
    this.tensors = t;
  }

  /** Opens and validates the header of {@code path}. */
  public static SafetensorsFile open(Path path) throws IOException {
    FileChannel ch;
    try {
      ch = FileChannel.open(path, StandardOpenOption.READ);
    } catch (NoSuchFileException e) {
      throw new IOException("missing safetensors file: " + path, e);
    }
    try {
      return new SafetensorsFile(path, ch, 0, Map.of()).parseHeader();
    } catch (IOException | RuntimeException e) {
      ch.close();
      throw e;
    }
  }

  private SafetensorsFile parseHeader() throws IOException {
    long size = channel.size();
    if (size < 8) {
      throw new IOException(path + ": truncated header (file has " + size + " bytes, needs 8)");
    }
    ByteBuffer lenBuf = ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN);
    readFully(lenBuf, 0);
    long headerLen = lenBuf.getLong(0);
    if (headerLen <= 0 || headerLen > MAX_HEADER) {
      throw new IOException(
          path + ": absurd header length " + headerLen + " (max " + MAX_HEADER + ")");
    }
    if (8 + headerLen > size) {
      throw new IOException(
          path + ": truncated header (declares " + headerLen + " bytes, file has " + size + ")");
    }
    ByteBuffer hb = ByteBuffer.allocate((int) headerLen);
    readFully(hb, 8);
    String json = new String(hb.array(), StandardCharsets.UTF_8);
    JsonObject root;
    try {
      JsonElement e = JsonParser.parseString(json);
      root = e.getAsJsonObject();
    } catch (RuntimeException e) {
      throw new IOException(path + ": corrupt header JSON: " + e.getMessage(), e);
    }
    long start = 8 + headerLen;
    Map<String, TensorInfo> map = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> en : root.entrySet()) {
      if (en.getKey().equals("__metadata__")) {
        continue;
      }
      TensorInfo info = parseEntry(en.getKey(), en.getValue(), size - start);
      map.put(info.name(), info);
    }
    return new SafetensorsFile(path, channel, start, Collections.unmodifiableMap(map));
  }

  private TensorInfo parseEntry(String name, JsonElement el, long dataSize) throws IOException {
    try {
      JsonObject o = el.getAsJsonObject();
      String dt = o.get("dtype").getAsString();
      StDType dtype = StDType.parse(dt);
      if (dtype == null) {
        throw new IOException(path + ": tensor '" + name + "' has unsupported dtype " + dt);
      }
      var shapeArr = o.get("shape").getAsJsonArray();
      long[] shape = new long[shapeArr.size()];
      for (int i = 0; i < shape.length; i++) {
        shape[i] = shapeArr.get(i).getAsLong();
        if (shape[i] < 0) {
          throw new IOException(path + ": tensor '" + name + "' has negative dimension");
        }
      }
      var off = o.get("data_offsets").getAsJsonArray();
      long begin = off.get(0).getAsLong();
      long end = off.get(1).getAsLong();
      TensorInfo info = new TensorInfo(name, dtype, shape, begin, end);
      if (begin < 0 || end < begin || end > dataSize) {
        throw new IOException(
            path
                + ": tensor '"
                + name
                + "' offsets ["
                + begin
                + ", "
                + end
                + "] out of range (data section has "
                + dataSize
                + " bytes)");
      }
      if (end - begin != info.numel() * dtype.bytes()) {
        throw new IOException(
            path
                + ": tensor '"
                + name
                + "' offsets span "
                + (end - begin)
                + " bytes but shape "
                + info.shapeString()
                + " x "
                + dtype
                + " needs "
                + info.numel() * dtype.bytes());
      }
      return info;
    } catch (IOException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new IOException(path + ": corrupt header entry for tensor '" + name + "': " + e, e);
    }
  }

  private void readFully(ByteBuffer dst, long pos) throws IOException {
    while (dst.hasRemaining()) {
      int n = channel.read(dst, pos + dst.position());
      if (n < 0) {
        throw new IOException(path + ": unexpected end of file");
      }
    }
  }

  public Path path() {
    return path;
  }

  /** Tensor entries in header order. */
  public Map<String, TensorInfo> tensors() {
    return tensors;
  }

  /** The entry for {@code name}, or an exception naming the file. */
  public TensorInfo info(String name) throws IOException {
    TensorInfo t = tensors.get(name);
    if (t == null) {
      throw new IOException(path + ": tensor '" + name + "' not found");
    }
    return t;
  }

  /**
   * Widens elements {@code [from, from + count)} of tensor {@code name} to fp32 and puts them into
   * {@code dst} (native order). BF16 is widened here because DJL cannot hold BF16 arrays.
   */
  public void readFloats(TensorInfo t, long from, long count, FloatBuffer dst) throws IOException {
    int eb = t.dtype().bytes();
    long pos = dataStart + t.begin() + from * eb;
    long remaining = count;
    while (remaining > 0) {
      long n = Math.min(remaining, MAP_CHUNK / eb);
      MappedByteBuffer m = channel.map(FileChannel.MapMode.READ_ONLY, pos, n * eb);
      m.order(ByteOrder.LITTLE_ENDIAN);
      switch (t.dtype()) {
        case F32 -> dst.put(m.asFloatBuffer());
        case F16 -> {
          var s = m.asShortBuffer();
          while (s.hasRemaining()) {
            dst.put(Float.float16ToFloat(s.get()));
          }
        }
        case BF16 -> {
          var s = m.asShortBuffer();
          while (s.hasRemaining()) {
            dst.put(Float.intBitsToFloat((s.get() & 0xffff) << 16));
          }
        }
      }
      pos += n * eb;
      remaining -= n;
    }
  }

  /** Reads a whole (small) tensor onto the heap; for tests and tools. */
  public float[] readAll(String name) throws IOException {
    TensorInfo t = info(name);
    FloatBuffer fb = FloatBuffer.allocate(Math.toIntExact(t.numel()));
    readFloats(t, 0, t.numel(), fb);
    return fb.array();
  }

  @Override
  public void close() throws IOException {
    channel.close();
  }
}
