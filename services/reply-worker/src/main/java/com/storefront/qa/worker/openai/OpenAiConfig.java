package com.storefront.qa.worker.openai;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Typed configuration of the OpenAI-compatible server under {@code qa.worker.openai}, checked at
 * start-up by {@link OpenAiSettings#validate}. The server is off unless enabled.
 */
@ConfigMapping(prefix = "qa.worker.openai")
public interface OpenAiConfig {

  /** Serve {@code /v1/chat/completions} and {@code /v1/models} on the worker's HTTP port. */
  @WithDefault("false")
  boolean enabled();

  /**
   * Accepted bearer tokens (comma-separated; from a secret, env {@code QA_WORKER_OPENAI_API_KEYS}).
   * Required when enabled; several allow rotation without downtime.
   */
  Optional<List<String>> apiKeys();

  /**
   * Most HTTP generations in the engine at once (queued or decoding); more get 429. Default: half
   * of {@code qa.worker.max-batch}, so Kafka requests always keep the other half of the batch.
   */
  Optional<Integer> maxInFlight();

  /** Default and upper bound of {@code max_tokens} / {@code max_completion_tokens}. */
  @WithDefault("512")
  int maxTokens();

  /** A generation still running after this long ends; its reply is cut off. */
  @WithDefault("120s")
  Duration requestTimeout();

  /** Largest accepted request body, in bytes. */
  @WithDefault("1048576")
  long maxBodyBytes();
}
