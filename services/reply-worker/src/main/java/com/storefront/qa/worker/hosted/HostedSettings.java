package com.storefront.qa.worker.hosted;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Validated settings of the {@code openai-compatible} backend (keys under {@code
 * qa.worker.hosted}). The API key is a secret: {@link #toString()} never shows it.
 *
 * @param baseUrl the API root, e.g. {@code https://api.openai.com/v1} or {@code
 *     http://vllm:8000/v1}; requests go to {@code <baseUrl>/chat/completions}
 * @param model the model name the server knows
 * @param modelRevision recorded as the result's modelRevision when the server sends no {@code
 *     system_fingerprint}; null = unknown
 * @param apiKey sent as {@code Authorization: Bearer}; null = none (a local vLLM or Ollama)
 * @param connectTimeout TCP/TLS connect, capped by the time left before the request's deadline
 * @param readTimeout longest silence between two stream chunks
 * @param requestTimeout a whole call, capped by the deadline; shorter than the orchestrator's
 *     deadline leaves the next backend time to answer
 * @param maxConcurrent calls open at once; further calls wait in the backend's queue
 * @param breakerFailures consecutive 5xx, timeouts or broken streams that open the circuit
 * @param breakerCooldown how long an open circuit sends every call to the next backend
 * @param samplingExtras send {@code top_k}, {@code min_p} and {@code repetition_penalty} (vLLM and
 *     TGI accept them; the OpenAI API rejects unknown fields)
 */
public record HostedSettings(
    URI baseUrl,
    String model,
    String modelRevision,
    String apiKey,
    Duration connectTimeout,
    Duration readTimeout,
    Duration requestTimeout,
    int maxConcurrent,
    int breakerFailures,
    Duration breakerCooldown,
    boolean samplingExtras) {

  public HostedSettings {
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(model, "model");
    if (maxConcurrent < 1 || breakerFailures < 1) {
      throw new IllegalArgumentException("maxConcurrent and breakerFailures must be >= 1");
    }
  }

  /** Test and bench defaults for a server at {@code baseUrl}. */
  public static HostedSettings defaults(URI baseUrl, String model, String apiKey) {
    return new HostedSettings(
        baseUrl,
        model,
        null,
        apiKey,
        Duration.ofSeconds(2),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        32,
        5,
        Duration.ofSeconds(30),
        false);
  }

  /** The chat completions endpoint. */
  public URI chatCompletions() {
    String s = baseUrl.toString();
    return URI.create((s.endsWith("/") ? s : s + "/") + "chat/completions");
  }

  @Override
  public String toString() {
    return "HostedSettings[baseUrl="
        + baseUrl
        + ", model="
        + model
        + ", apiKey="
        + (apiKey == null ? "none" : "(secret)")
        + ", maxConcurrent="
        + maxConcurrent
        + "]";
  }

  public HostedSettings withTimeouts(Duration connect, Duration read, Duration request) {
    return new HostedSettings(
        baseUrl,
        model,
        modelRevision,
        apiKey,
        connect,
        read,
        request,
        maxConcurrent,
        breakerFailures,
        breakerCooldown,
        samplingExtras);
  }

  public HostedSettings withBreaker(int failures, Duration cooldown) {
    return new HostedSettings(
        baseUrl,
        model,
        modelRevision,
        apiKey,
        connectTimeout,
        readTimeout,
        requestTimeout,
        maxConcurrent,
        failures,
        cooldown,
        samplingExtras);
  }

  public HostedSettings withMaxConcurrent(int n) {
    return new HostedSettings(
        baseUrl,
        model,
        modelRevision,
        apiKey,
        connectTimeout,
        readTimeout,
        requestTimeout,
        n,
        breakerFailures,
        breakerCooldown,
        samplingExtras);
  }

  public HostedSettings withSamplingExtras(boolean on) {
    return new HostedSettings(
        baseUrl,
        model,
        modelRevision,
        apiKey,
        connectTimeout,
        readTimeout,
        requestTimeout,
        maxConcurrent,
        breakerFailures,
        breakerCooldown,
        on);
  }
}
