package com.storefront.qa.llm.api;

import java.nio.file.Path;
import java.util.function.Consumer;

/** Entry point: loads a HuggingFace checkpoint directory and starts its continuous batcher. */
public final class Engines {
  private Engines() {}

  /**
   * Loads the model in {@code modelDir} (config.json, safetensors shards, tokenizer.json,
   * tokenizer_config.json, generation_config.json) and starts the batching thread.
   *
   * @param progress receives human-readable progress lines (one per shard / tensor group)
   * @throws java.io.UncheckedIOException if files are missing, corrupt or inconsistent with
   *     config.json (the message names the file, tensor and shapes)
   * @throws IllegalArgumentException if the model_type is unsupported
   */
  public static TextGenerator load(
      Path modelDir, EngineOptions options, Consumer<String> progress) {
    return com.storefront.qa.llm.batch.BatchingGenerator.load(modelDir, options, progress);
  }
}
