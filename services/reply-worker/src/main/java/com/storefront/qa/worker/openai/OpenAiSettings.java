package com.storefront.qa.worker.openai;

import com.storefront.qa.worker.InvalidWorkerConfigException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The checked {@link OpenAiConfig}.
 *
 * @param enabled whether the routes are served at all
 * @param apiKeys accepted bearer tokens, as UTF-8 bytes for constant-time comparison
 * @param maxInFlight most HTTP generations in the engine at once
 * @param maxTokens default and upper bound of a request's token budget
 * @param requestTimeout deadline of each generation
 * @param maxBodyBytes largest request body
 */
public record OpenAiSettings(
    boolean enabled,
    List<byte[]> apiKeys,
    int maxInFlight,
    int maxTokens,
    Duration requestTimeout,
    long maxBodyBytes) {

  /** Shortest accepted key: anything shorter is guessable. */
  static final int MIN_KEY_LENGTH = 16;

  /**
   * Validates {@code c} for an engine of {@code maxBatch} slots.
   *
   * @throws InvalidWorkerConfigException naming every bad key (never a key's value)
   */
  public static OpenAiSettings validate(OpenAiConfig c, int maxBatch) {
    List<String> problems = new ArrayList<>();
    List<byte[]> keys = new ArrayList<>();
    if (c.enabled()) {
      List<String> given = c.apiKeys().orElse(List.of());
      if (given.isEmpty()) {
        problems.add(
            "qa.worker.openai.api-keys is not set: the OpenAI server is enabled"
                + " (qa.worker.openai.enabled=true) and needs at least one bearer token, from a"
                + " secret (env QA_WORKER_OPENAI_API_KEYS, comma-separated)");
      }
      for (int i = 0; i < given.size(); i++) {
        String k = given.get(i).strip();
        if (k.length() < MIN_KEY_LENGTH || !k.chars().allMatch(ch -> ch > 0x20 && ch < 0x7f)) {
          problems.add(
              "qa.worker.openai.api-keys["
                  + i
                  + "] is not a usable bearer token: use at least "
                  + MIN_KEY_LENGTH
                  + " printable ASCII characters without spaces (e.g. openssl rand -hex 32)");
        }
        keys.add(k.getBytes(StandardCharsets.UTF_8));
      }
    }
    int inFlight = c.maxInFlight().orElse(Math.max(1, maxBatch / 2));
    if (inFlight < 1) {
      problems.add("qa.worker.openai.max-in-flight=" + inFlight + " must be at least 1");
    }
    if (c.maxTokens() < 1) {
      problems.add("qa.worker.openai.max-tokens=" + c.maxTokens() + " must be at least 1");
    }
    if (c.requestTimeout().isNegative() || c.requestTimeout().isZero()) {
      problems.add("qa.worker.openai.request-timeout must be positive");
    }
    if (c.maxBodyBytes() < 1024) {
      problems.add("qa.worker.openai.max-body-bytes=" + c.maxBodyBytes() + " must be >= 1024");
    }
    if (!problems.isEmpty()) {
      throw new InvalidWorkerConfigException(problems);
    }
    return new OpenAiSettings(
        c.enabled(),
        List.copyOf(keys),
        inFlight,
        c.maxTokens(),
        c.requestTimeout(),
        c.maxBodyBytes());
  }
}
