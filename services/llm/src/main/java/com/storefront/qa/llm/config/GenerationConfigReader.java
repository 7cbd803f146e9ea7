package com.storefront.qa.llm.config;

import com.google.gson.JsonElement;
import com.storefront.qa.llm.api.GenerationDefaults;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads generation_config.json, filling HF's defaults for missing keys. */
public final class GenerationConfigReader {
  private GenerationConfigReader() {}

  /**
   * Reads {@code dir/generation_config.json}; if absent, falls back to config.json's {@code
   * eos_token_id}.
   */
  public static GenerationDefaults read(Path dir) {
    Path gen = dir.resolve("generation_config.json");
    Json j = Json.read(Files.exists(gen) ? gen : dir.resolve("config.json"));
    List<Integer> eos = new ArrayList<>();
    if (j.has("eos_token_id")) {
      JsonElement e = j.raw().get("eos_token_id");
      if (e.isJsonArray()) {
        e.getAsJsonArray().forEach(x -> eos.add(x.getAsInt()));
      } else {
        eos.add(e.getAsInt());
      }
    }
    return new GenerationDefaults(
        eos,
        j.optBool("do_sample", false),
        j.optDouble("temperature", 1.0),
        j.optInt("top_k", 50),
        j.optDouble("top_p", 1.0),
        j.optDouble("repetition_penalty", 1.0),
        j.optInt("max_new_tokens", 256));
  }
}
