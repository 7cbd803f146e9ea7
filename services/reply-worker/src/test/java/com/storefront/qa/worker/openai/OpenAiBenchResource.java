package com.storefront.qa.worker.openai;

import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * {@link OpenAiTestResource} with a random checkpoint of the size given by {@code -Dbench.hidden}
 * and {@code -Dbench.layers} (default: the tests' tiny one) and room for 4 HTTP requests at once.
 */
public class OpenAiBenchResource extends OpenAiTestResource {
  @Override
  public Map<String, String> start() {
    Map<String, String> p = new HashMap<>(super.start());
    int hidden = Integer.getInteger("bench.hidden", 0);
    if (hidden > 0) {
      int layers = Integer.getInteger("bench.layers", 4);
      int heads = Math.max(4, hidden / 64);
      var spec =
          new TinyCheckpoint.Spec(
              "qwen2",
              hidden,
              layers,
              heads,
              Math.max(1, heads / 2),
              hidden * 3,
              384,
              com.storefront.qa.llm.safetensors.StDType.F32,
              1,
              false,
              42);
      try {
        Path dir = Files.createTempDirectory("openai-bench").resolve("bench-qwen2-h" + hidden);
        TinyCheckpoint.write(dir, spec);
        p.put("qa.worker.model-dir", dir.toString());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    p.put("qa.worker.openai.max-in-flight", "4");
    return p;
  }
}
