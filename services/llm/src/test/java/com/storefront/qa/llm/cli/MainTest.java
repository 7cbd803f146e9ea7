package com.storefront.qa.llm.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CLI writes an HF-layout tiny checkpoint and generates from it. */
class MainTest {
  @TempDir Path tmp;

  @Test
  void makeTinyCheckpointThenGenerate() throws Exception {
    Path dir = tmp.resolve("m");
    String out =
        capture(
            "make-tiny-checkpoint",
            "--out",
            dir.toString(),
            "--arch",
            "qwen2",
            "--shards",
            "2",
            "--dtype",
            "bf16");
    assertTrue(out.contains("wrote"), out);
    for (String f :
        new String[] {
          "config.json",
          "generation_config.json",
          "tokenizer.json",
          "tokenizer_config.json",
          "model.safetensors.index.json",
          "model-00001-of-00002.safetensors",
          "model-00002-of-00002.safetensors"
        }) {
      assertTrue(Files.exists(dir.resolve(f)), f);
    }
    var cfg =
        JsonParser.parseString(Files.readString(dir.resolve("config.json"))).getAsJsonObject();
    assertEquals("qwen2", cfg.get("model_type").getAsString());
    assertEquals(4, cfg.get("num_attention_heads").getAsInt());
    String[] sampled = {
      "generate",
      "--model",
      dir.toString(),
      "--question",
      "배송은 얼마나 걸리나요?",
      "--max-new-tokens",
      "5",
      "--do-sample",
      "--seed",
      "3"
    };
    String reply = capture(sampled);
    String again = capture(sampled);
    assertEquals(reply, again, "same seed, same reply");
  }

  private static String capture(String... args) throws Exception {
    PrintStream old = System.out;
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      Main.main(args);
    } finally {
      System.setOut(old);
    }
    return buf.toString(StandardCharsets.UTF_8);
  }
}
