package com.storefront.qa.llm.safetensors;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every broken checkpoint fails early with a message naming what is wrong, never a crash. */
class CorruptCheckpointTest {
  @TempDir Path tmp;

  private Path model(String arch, int shards) throws IOException {
    Path dir = tmp.resolve(arch + shards);
    TinyCheckpoint.write(dir, TinyCheckpoint.Spec.small(arch).withShards(shards));
    return dir;
  }

  private static String loadError(Path dir) {
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () -> Engines.load(dir, EngineOptions.defaults(), s -> {}).close());
    String msg = e.getMessage() + (e.getCause() != null ? " / " + e.getCause().getMessage() : "");
    return msg;
  }

  private static void assertMentions(String msg, String... parts) {
    for (String p : parts) {
      assertTrue(msg.contains(p), "message '" + msg + "' lacks '" + p + "'");
    }
  }

  private static byte[] headerFile(String json, int dataBytes) {
    byte[] h = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer b = ByteBuffer.allocate(8 + h.length + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
    b.putLong(h.length).put(h);
    return b.array();
  }

  @Test
  void truncatedHeader() throws Exception {
    Path dir = model("llama", 1);
    Path f = dir.resolve("model.safetensors");
    Files.write(f, Arrays.copyOf(Files.readAllBytes(f), 5));
    assertMentions(loadError(dir), "model.safetensors", "truncated header");
    Files.write(
        f, Arrays.copyOf(Files.readAllBytes(model("qwen2", 1).resolve("model.safetensors")), 100));
    assertMentions(loadError(dir), "model.safetensors", "truncated header");
  }

  @Test
  void absurdHeaderLength() throws Exception {
    Path dir = model("llama", 1);
    Path f = dir.resolve("model.safetensors");
    byte[] b = Files.readAllBytes(f);
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, 1L << 50);
    Files.write(f, b);
    assertMentions(loadError(dir), "absurd header length");
    ByteBuffer.wrap(b).order(ByteOrder.LITTLE_ENDIAN).putLong(0, -8);
    Files.write(f, b);
    assertMentions(loadError(dir), "absurd header length");
  }

  @Test
  void corruptHeaderJsonAndWrongOffsets() throws Exception {
    Path f = tmp.resolve("x.safetensors");
    Files.write(f, headerFile("{not json", 0));
    assertMentions(
        assertThrows(IOException.class, () -> SafetensorsFile.open(f)).getMessage(),
        "corrupt header");
    Files.write(
        f, headerFile("{\"a\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[0,16]}}", 8));
    assertMentions(
        assertThrows(IOException.class, () -> SafetensorsFile.open(f)).getMessage(),
        "'a'",
        "out of range");
    Files.write(
        f, headerFile("{\"a\":{\"dtype\":\"F32\",\"shape\":[2,2],\"data_offsets\":[8,4]}}", 16));
    assertMentions(
        assertThrows(IOException.class, () -> SafetensorsFile.open(f)).getMessage(),
        "out of range");
    Files.write(
        f, headerFile("{\"a\":{\"dtype\":\"F32\",\"shape\":[3,2],\"data_offsets\":[0,16]}}", 16));
    assertMentions(
        assertThrows(IOException.class, () -> SafetensorsFile.open(f)).getMessage(),
        "[3, 2]",
        "needs 24");
    Files.write(
        f, headerFile("{\"a\":{\"dtype\":\"I64\",\"shape\":[2],\"data_offsets\":[0,16]}}", 16));
    assertMentions(
        assertThrows(IOException.class, () -> SafetensorsFile.open(f)).getMessage(),
        "unsupported dtype I64");
    Files.write(
        f,
        headerFile("{\"a\":{\"dtype\":\"F32\",\"shape\":\"oops\",\"data_offsets\":[0,16]}}", 16));
    assertMentions(
        assertThrows(IOException.class, () -> SafetensorsFile.open(f)).getMessage(),
        "corrupt header entry",
        "'a'");
  }

  @Test
  void wrongOffsetsInACheckpoint() throws Exception {
    Path dir = model("llama", 1);
    Path f = dir.resolve("model.safetensors");
    // drop the last 4 bytes of data: the last tensor's offsets now point past the end
    byte[] b = Files.readAllBytes(f);
    Files.write(f, Arrays.copyOf(b, b.length - 4));
    assertMentions(loadError(dir), "model.safetensors", "lm_head.weight", "out of range");
  }

  @Test
  void missingShardAndMissingFiles() throws Exception {
    Path dir = model("exaone", 3);
    Files.delete(dir.resolve("model-00002-of-00003.safetensors"));
    assertMentions(loadError(dir), "missing shard", "model-00002-of-00003.safetensors");
    Path d2 = model("llama", 1);
    Files.delete(d2.resolve("model.safetensors"));
    assertMentions(loadError(d2), "no weights in");
    Path d3 = model("qwen2", 1);
    Files.delete(d3.resolve("tokenizer.json"));
    assertMentions(loadError(d3), "missing file", "tokenizer.json");
    assertMentions(loadError(tmp.resolve("nope")), "model directory not found");
  }

  @Test
  void shapeMismatchNamesTensorAndShapes() throws Exception {
    Path dir = model("exaone", 1);
    Path cfg = dir.resolve("config.json");
    Files.writeString(
        cfg,
        Files.readString(cfg).replace("\"intermediate_size\": 128", "\"intermediate_size\": 96"));
    assertMentions(loadError(dir), "transformer.h.0.mlp.c_fc_0.weight", "[128, 64]", "[96, 64]");
  }

  @Test
  void unsupportedModelType() throws Exception {
    Path dir = model("llama", 1);
    Path cfg = dir.resolve("config.json");
    Files.writeString(
        cfg,
        Files.readString(cfg).replace("\"model_type\": \"llama\"", "\"model_type\": \"gpt_neox\""));
    assertMentions(loadError(dir), "unsupported model_type 'gpt_neox'", "exaone", "qwen2");
  }

  @Test
  void indexPointingAtAShardWithoutTheTensor() throws Exception {
    Path dir = model("llama", 2);
    Path idx = dir.resolve("model.safetensors.index.json");
    String text = Files.readString(idx);
    Files.writeString(
        idx,
        text.replace(
            "\"model.norm.weight\": \"model-00002-of-00002.safetensors\"",
            "\"model.norm.weight\": \"model-00001-of-00002.safetensors\""));
    assertMentions(loadError(dir), "model.norm.weight", "lacks it");
  }

  @Test
  void writerRoundTripsAllDtypes() throws Exception {
    float[] v = {1.5f, -2.25f, 3.0e-3f, 65504f};
    for (StDType d : StDType.values()) {
      Path f = tmp.resolve("rt-" + d + ".safetensors");
      SafetensorsWriter.write(
          f, Map.of("t", new SafetensorsWriter.Tensor(new long[] {2, 2}, v)), d);
      try (SafetensorsFile sf = SafetensorsFile.open(f)) {
        float[] got = sf.readAll("t");
        for (int i = 0; i < v.length; i++) {
          assertTrue(
              Math.abs(got[i] - v[i]) <= Math.abs(v[i]) * (d == StDType.BF16 ? 1e-2 : 1e-3),
              d + " " + got[i]);
        }
      }
    }
  }
}
