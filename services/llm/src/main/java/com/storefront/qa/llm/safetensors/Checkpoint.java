package com.storefront.qa.llm.safetensors;

import com.google.gson.JsonElement;
import com.storefront.qa.llm.config.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * All safetensors shards of a checkpoint directory: {@code model.safetensors}, or the shards named
 * by {@code model.safetensors.index.json}. Shard headers are validated when opened.
 */
public final class Checkpoint implements AutoCloseable {
  private final Map<String, SafetensorsFile> byTensor;
  private final Map<String, SafetensorsFile> files;

  private Checkpoint(Map<String, SafetensorsFile> byTensor, Map<String, SafetensorsFile> files) {
    this.byTensor = byTensor;
    this.files = files;
  }

  /** Opens every shard of {@code dir}. */
  public static Checkpoint open(Path dir) throws IOException {
    Path index = dir.resolve("model.safetensors.index.json");
    Path single = dir.resolve("model.safetensors");
    Map<String, SafetensorsFile> files = new LinkedHashMap<>();
    Map<String, SafetensorsFile> byTensor = new HashMap<>();
    try {
      if (Files.exists(index)) {
        Map<String, String> weightMap = readIndex(index);
        for (String shard : new TreeSet<>(weightMap.values())) {
          Path p = dir.resolve(shard);
          if (!Files.exists(p)) {
            throw new IOException("missing shard " + p + " (listed in " + index + ")");
          }
          files.put(shard, SafetensorsFile.open(p));
        }
        for (var e : weightMap.entrySet()) {
          SafetensorsFile f = files.get(e.getValue());
          if (!f.tensors().containsKey(e.getKey())) {
            throw new IOException(
                index + " maps tensor '" + e.getKey() + "' to " + f.path() + ", which lacks it");
          }
          byTensor.put(e.getKey(), f);
        }
      } else if (Files.exists(single)) {
        SafetensorsFile f = SafetensorsFile.open(single);
        files.put(single.getFileName().toString(), f);
        f.tensors().keySet().forEach(k -> byTensor.put(k, f));
      } else {
        throw new IOException(
            "no weights in "
                + dir
                + ": expected model.safetensors or model.safetensors.index.json");
      }
    } catch (IOException | RuntimeException e) {
      for (SafetensorsFile f : files.values()) {
        f.close();
      }
      throw e;
    }
    return new Checkpoint(byTensor, files);
  }

  private static Map<String, String> readIndex(Path index) throws IOException {
    try {
      Json j = Json.read(index);
      var wm = j.raw().getAsJsonObject("weight_map");
      if (wm == null) {
        throw new IOException(index + ": no weight_map");
      }
      Map<String, String> m = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> e : wm.entrySet()) {
        m.put(e.getKey(), e.getValue().getAsString());
      }
      return m;
    } catch (UncheckedIOException e) {
      throw e.getCause();
    } catch (RuntimeException e) {
      throw new IOException(index + ": malformed index: " + e, e);
    }
  }

  public boolean has(String tensor) {
    return byTensor.containsKey(tensor);
  }

  /** The shard holding {@code tensor}; the error names the tensor when it is absent. */
  public SafetensorsFile fileOf(String tensor) throws IOException {
    SafetensorsFile f = byTensor.get(tensor);
    if (f == null) {
      throw new IOException(
          "tensor '" + tensor + "' not found in any shard (" + files.keySet() + ")");
    }
    return f;
  }

  /** Shard file names, sorted. */
  public Iterable<String> shardNames() {
    return files.keySet();
  }

  /** Total bytes of all shards; part of the model revision fingerprint. */
  public long totalBytes() throws IOException {
    long n = 0;
    for (SafetensorsFile f : files.values()) {
      n += Files.size(f.path());
    }
    return n;
  }

  @Override
  public void close() throws IOException {
    for (SafetensorsFile f : files.values()) {
      f.close();
    }
  }
}
