package com.storefront.qa.llm.batch;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.TextGenerator;
import java.nio.file.Path;
import java.util.function.Consumer;

/** Continuous-batching {@link TextGenerator} (work in progress). */
public final class BatchingGenerator {
  private BatchingGenerator() {}

  /** Loads a model and starts the scheduler. */
  public static TextGenerator load(Path dir, EngineOptions options, Consumer<String> progress) {
    throw new UnsupportedOperationException("engine not built yet");
  }
}
