package com.storefront.qa.worker;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed configuration under {@code qa.worker}. Checked at start-up by {@link ConfigValidator},
 * which fails the start with one message listing every problem.
 */
@ConfigMapping(prefix = "qa.worker")
public interface WorkerConfig {

  /**
   * HuggingFace model folder (config.json, *.safetensors, tokenizer.json, tokenizer_config.json,
   * generation_config.json). Env: {@code QA_WORKER_MODEL_DIR}.
   */
  Optional<Path> modelDir();

  /** {@code cpu} or {@code gpu}. */
  @WithDefault("cpu")
  String device();

  /** {@code fp32} or {@code fp16} (fp16 on GPU; on CPU it is ~30x slower than fp32). */
  @WithDefault("fp32")
  String dtype();

  /** Most sequences decoded together. */
  @WithDefault("8")
  int maxBatch();

  /** Bound on prompt + generated tokens held in KV caches by all admitted sequences. */
  @WithDefault("16384")
  long maxCachedTokens();

  /** Requests in the engine before partitions pause; default 2 x max-batch. */
  Optional<Integer> maxInFlight();

  /** Engine queue depth at which partitions pause; default max-batch. */
  Optional<Integer> maxQueued();

  /**
   * Stable id of this instance (use the pod name of a StatefulSet); the producer's transactional id
   * is derived from it. Default: $HOSTNAME, else a random id.
   */
  Optional<String> workerId();

  /** How long a graceful shutdown lets in-flight generations finish. */
  @WithDefault("20s")
  Duration shutdownGrace();

  /** Retries of a retriable engine failure before a FAILED result. */
  @WithDefault("2")
  int maxRetries();

  /** First retry delay (doubles per retry). */
  @WithDefault("200ms")
  Duration retryBackoff();

  /** Watchdog for a generation that never finishes. */
  @WithDefault("120s")
  Duration generationTimeout();

  /** Upper bound on any request's maxNewTokens. */
  @WithDefault("512")
  int maxNewTokensCap();

  /** Minimum time between result transactions while results keep arriving. */
  @WithDefault("100ms")
  Duration commitInterval();

  /** How long the start-up warm-up generation may take. */
  @WithDefault("5m")
  Duration warmupTimeout();

  /**
   * The default order of generation backends, for requests whose shop names none: {@code
   * in-process}, {@code openai-compatible} (needs {@code qa.worker.hosted.enabled=true}). The
   * acknowledgement always ends the order.
   */
  @WithDefault("in-process")
  List<String> backends();

  /** Estimated tokens that earlier turns of a question thread may add to the prompt; 0 = none. */
  @WithDefault("512")
  int threadTokenBudget();

  /** The {@code openai-compatible} backend. */
  Hosted hosted();

  /** Kafka settings. */
  Kafka kafka();

  /** The {@code openai-compatible} backend: any {@code /v1/chat/completions} server. */
  interface Hosted {
    /** Runs the backend (shops may then choose it even when the default order does not). */
    @WithDefault("false")
    boolean enabled();

    /** API root, e.g. {@code https://api.openai.com/v1} or {@code http://vllm:8000/v1}. */
    Optional<String> baseUrl();

    /** Model name the server knows. */
    Optional<String> model();

    /** Recorded when the server sends no system_fingerprint. */
    Optional<String> modelRevision();

    /** From a secret (env {@code QA_WORKER_HOSTED_API_KEY}); never logged. */
    Optional<String> apiKey();

    @WithDefault("2s")
    Duration connectTimeout();

    /** Longest silence between two stream chunks. */
    @WithDefault("10s")
    Duration readTimeout();

    /** A whole call (capped by the request's deadline). */
    @WithDefault("30s")
    Duration requestTimeout();

    @WithDefault("32")
    int maxConcurrent();

    /** Consecutive server failures that open the circuit. */
    @WithDefault("5")
    int breakerFailures();

    @WithDefault("30s")
    Duration breakerCooldown();

    /** Send top_k, min_p, repetition_penalty (vLLM, TGI); the OpenAI API rejects them. */
    @WithDefault("false")
    boolean samplingExtras();
  }

  /** Kafka settings. */
  interface Kafka {
    /** Brokers. Env: {@code QA_WORKER_KAFKA_BOOTSTRAP_SERVERS}. */
    @WithDefault("localhost:9092")
    String bootstrapServers();

    /** Consumer group shared by all workers. */
    @WithDefault("qa-reply-worker")
    String groupId();

    @WithDefault("qa.generation.requests.v1")
    String requestsTopic();

    @WithDefault("qa.generation.results.v1")
    String resultsTopic();

    /** Producer transaction timeout. */
    @WithDefault("15s")
    Duration transactionTimeout();

    /**
     * Extra client properties for consumer and producer, e.g. {@code
     * qa.worker.kafka.properties."security.protocol"=SSL}.
     */
    Map<String, String> properties();
  }
}
