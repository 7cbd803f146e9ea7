package com.storefront.qa.worker;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.worker.backend.InProcessBackend;
import com.storefront.qa.worker.hosted.HostedConfigValidator;
import com.storefront.qa.worker.hosted.HostedSettings;
import com.storefront.qa.worker.hosted.OpenAiCompatibleBackend;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * Checks {@link WorkerConfig} before anything is loaded and turns it into the engine options, loop
 * settings and client properties. Every problem is reported at once, each saying which key to fix
 * and how.
 */
public final class ConfigValidator {

  /** A checked configuration. */
  public record Validated(
      Path modelDir,
      EngineOptions engineOptions,
      WorkerSettings settings,
      Properties clientProperties,
      Duration warmupTimeout,
      List<String> backendOrder,
      HostedSettings hosted,
      List<String> warnings) {}

  static final String MODEL_HINT =
      "point qa.worker.model-dir (env QA_WORKER_MODEL_DIR) at a HuggingFace model folder as"
          + " downloaded, e.g. /models/EXAONE-3.5-2.4B-Instruct (non-commercial licence) or"
          + " /models/Qwen2.5-1.5B-Instruct (Apache-2.0); it must hold config.json, tokenizer.json,"
          + " tokenizer_config.json and *.safetensors";

  private ConfigValidator() {}

  /**
   * Validates a configuration.
   *
   * @throws InvalidWorkerConfigException listing every problem
   */
  public static Validated validate(WorkerConfig c) {
    List<String> problems = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    Path dir = c.modelDir().orElse(null);
    if (dir == null) {
      problems.add("qa.worker.model-dir is not set: " + MODEL_HINT);
    } else {
      checkModelDir(dir.toAbsolutePath().normalize(), problems);
    }
    String device = c.device().trim().toLowerCase();
    if (!device.equals("cpu") && !device.equals("gpu")) {
      problems.add("qa.worker.device=" + c.device() + " is not supported: use cpu or gpu");
    }
    String dtype = c.dtype().trim().toLowerCase();
    if (dtype.equals("bf16") || dtype.equals("bfloat16")) {
      problems.add(
          "qa.worker.dtype="
              + c.dtype()
              + " is not supported (DJL 0.35.1 aborts on bfloat16 tensors): use fp16 on gpu or"
              + " fp32; bf16 checkpoints are widened when loaded");
    } else if (!dtype.equals("fp32") && !dtype.equals("fp16")) {
      problems.add("qa.worker.dtype=" + c.dtype() + " is not supported: use fp32 or fp16");
    } else if (dtype.equals("fp16") && device.equals("cpu")) {
      warnings.add(
          "qa.worker.dtype=fp16 on cpu is about 30x slower than fp32; use fp16 only with"
              + " qa.worker.device=gpu");
    }
    if (c.maxBatch() < 1) {
      problems.add("qa.worker.max-batch must be >= 1, got " + c.maxBatch());
    }
    if (c.maxCachedTokens() < 1) {
      problems.add("qa.worker.max-cached-tokens must be >= 1, got " + c.maxCachedTokens());
    }
    int maxInFlight = c.maxInFlight().orElse(2 * Math.max(1, c.maxBatch()));
    if (maxInFlight < 1) {
      problems.add("qa.worker.max-in-flight must be >= 1, got " + maxInFlight);
    }
    int maxQueued = c.maxQueued().orElse(Math.max(1, c.maxBatch()));
    if (maxQueued < 1) {
      problems.add("qa.worker.max-queued must be >= 1, got " + maxQueued);
    }
    if (c.maxRetries() < 0) {
      problems.add("qa.worker.max-retries must be >= 0, got " + c.maxRetries());
    }
    if (c.maxNewTokensCap() < 1) {
      problems.add("qa.worker.max-new-tokens-cap must be >= 1, got " + c.maxNewTokensCap());
    }
    nonNegative("qa.worker.shutdown-grace", c.shutdownGrace(), problems);
    nonNegative("qa.worker.retry-backoff", c.retryBackoff(), problems);
    nonNegative("qa.worker.commit-interval", c.commitInterval(), problems);
    positive("qa.worker.generation-timeout", c.generationTimeout(), problems);
    positive("qa.worker.warmup-timeout", c.warmupTimeout(), problems);
    positive("qa.worker.kafka.transaction-timeout", c.kafka().transactionTimeout(), problems);
    if (c.kafka().bootstrapServers().isBlank()) {
      problems.add("qa.worker.kafka.bootstrap-servers is empty");
    }
    if (c.kafka().requestsTopic().isBlank() || c.kafka().resultsTopic().isBlank()) {
      problems.add("qa.worker.kafka.requests-topic and results-topic must not be empty");
    }
    if (c.kafka().groupId().isBlank()) {
      problems.add("qa.worker.kafka.group-id must not be empty");
    }
    String workerId = c.workerId().filter(s -> !s.isBlank()).orElseGet(ConfigValidator::hostId);
    if (!workerId.matches("[A-Za-z0-9._-]{1,200}")) {
      problems.add(
          "qa.worker.worker-id="
              + workerId
              + " must match [A-Za-z0-9._-]{1,200} (use the pod name)");
    }
    if (c.threadTokenBudget() < 0) {
      problems.add("qa.worker.thread-token-budget must be >= 0, got " + c.threadTokenBudget());
    }
    HostedSettings hosted =
        c.hosted().enabled() ? HostedConfigValidator.validate(c.hosted(), problems) : null;
    List<String> order = c.backends().stream().map(String::trim).toList();
    for (String b : order) {
      if (!b.equals(InProcessBackend.NAME) && !b.equals(OpenAiCompatibleBackend.NAME)) {
        problems.add(
            "qa.worker.backends contains " + b + ": use in-process and/or openai-compatible");
      } else if (b.equals(OpenAiCompatibleBackend.NAME) && !c.hosted().enabled()) {
        problems.add(
            "qa.worker.backends names openai-compatible but qa.worker.hosted.enabled is false");
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidWorkerConfigException(problems);
    }
    EngineOptions options = new EngineOptions(device, dtype, c.maxBatch(), c.maxCachedTokens());
    WorkerSettings settings =
        new WorkerSettings(
            workerId,
            c.kafka().groupId(),
            c.kafka().requestsTopic(),
            c.kafka().resultsTopic(),
            maxInFlight,
            maxQueued,
            c.shutdownGrace(),
            c.maxRetries(),
            c.retryBackoff(),
            c.generationTimeout(),
            c.maxNewTokensCap(),
            c.commitInterval(),
            c.kafka().transactionTimeout(),
            c.threadTokenBudget());
    Properties props = new Properties();
    props.putAll(c.kafka().properties());
    props.put("bootstrap.servers", c.kafka().bootstrapServers());
    return new Validated(
        dir.toAbsolutePath().normalize(),
        options,
        settings,
        props,
        c.warmupTimeout(),
        order,
        hosted,
        warnings);
  }

  private static void checkModelDir(Path dir, List<String> problems) {
    if (!Files.exists(dir)) {
      problems.add("qa.worker.model-dir=" + dir + " does not exist: " + MODEL_HINT);
      return;
    }
    if (!Files.isDirectory(dir)) {
      problems.add("qa.worker.model-dir=" + dir + " is not a directory: " + MODEL_HINT);
      return;
    }
    List<String> missing = new ArrayList<>();
    for (String f : List.of("config.json", "tokenizer.json", "tokenizer_config.json")) {
      if (!Files.isRegularFile(dir.resolve(f))) {
        missing.add(f);
      }
    }
    boolean weights = false;
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(dir, "*.safetensors")) {
      weights = ds.iterator().hasNext();
    } catch (IOException e) {
      problems.add("qa.worker.model-dir=" + dir + " cannot be read: " + e.getMessage());
      return;
    }
    if (!weights) {
      missing.add("*.safetensors");
    }
    if (!missing.isEmpty()) {
      problems.add(
          "qa.worker.model-dir="
              + dir
              + " is not a HuggingFace model folder (missing "
              + String.join(", ", missing)
              + "): "
              + MODEL_HINT);
    }
  }

  private static void nonNegative(String key, Duration d, List<String> problems) {
    if (d.isNegative()) {
      problems.add(key + " must not be negative, got " + d);
    }
  }

  private static void positive(String key, Duration d, List<String> problems) {
    if (d.isNegative() || d.isZero()) {
      problems.add(key + " must be positive, got " + d);
    }
  }

  private static String hostId() {
    String host = System.getenv("HOSTNAME");
    if (host == null || host.isBlank()) {
      try {
        host = InetAddress.getLocalHost().getHostName();
      } catch (IOException e) {
        host = null;
      }
    }
    if (host == null || host.isBlank() || !host.matches("[A-Za-z0-9._-]{1,200}")) {
      host = "worker-" + UUID.randomUUID().toString().substring(0, 8);
    }
    return host;
  }
}
