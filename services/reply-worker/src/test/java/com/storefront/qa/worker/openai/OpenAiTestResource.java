package com.storefront.qa.worker.openai;

import com.storefront.qa.worker.WorkerTestResource;
import java.util.HashMap;
import java.util.Map;

/**
 * The worker's own test parts (a real broker, a tiny Qwen2 checkpoint written by the llm module)
 * with the OpenAI-compatible server switched on.
 */
public class OpenAiTestResource extends WorkerTestResource {
  /** A test-only bearer token; production keys come from a secret. */
  public static final String KEY = "test-key-0123456789abcdef";

  @Override
  public Map<String, String> start() {
    Map<String, String> p = new HashMap<>(super.start());
    p.put("qa.worker.openai.enabled", "true");
    p.put("qa.worker.openai.api-keys", KEY + ",second-key-0123456789abcdef");
    p.put("qa.worker.openai.max-tokens", "1800");
    return p;
  }
}
