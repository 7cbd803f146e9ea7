package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.runtime.configuration.DurationConverter;
import io.quarkus.runtime.configuration.PathConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Builds the real @ConfigMapping from properties, as Quarkus does, and validates it. */
class ConfigValidatorTest {
  @TempDir Path tmp;

  private static WorkerConfig config(Map<String, String> props) {
    SmallRyeConfig c =
        new SmallRyeConfigBuilder()
            .withMapping(WorkerConfig.class)
            .withConverter(Duration.class, 200, new DurationConverter())
            .withConverter(Path.class, 200, new PathConverter())
            .withSources(new PropertiesConfigSource(props, "test", 100))
            .build();
    return c.getConfigMapping(WorkerConfig.class);
  }

  private Path fakeModel() throws Exception {
    Path dir = tmp.resolve("model");
    Files.createDirectories(dir);
    for (String f :
        new String[] {
          "config.json", "tokenizer.json", "tokenizer_config.json", "model.safetensors"
        }) {
      Files.writeString(dir.resolve(f), "{}");
    }
    return dir;
  }

  @Test
  void validConfigurationBecomesEngineOptionsAndSettings() throws Exception {
    Map<String, String> p = new HashMap<>();
    p.put("qa.worker.model-dir", fakeModel().toString());
    p.put("qa.worker.device", "gpu");
    p.put("qa.worker.dtype", "fp16");
    p.put("qa.worker.max-batch", "16");
    p.put("qa.worker.max-cached-tokens", "65536");
    p.put("qa.worker.worker-id", "reply-worker-0");
    p.put("qa.worker.shutdown-grace", "25s");
    p.put("qa.worker.kafka.bootstrap-servers", "kafka:9092");
    p.put("qa.worker.kafka.properties.\"security.protocol\"", "SSL");

    ConfigValidator.Validated v = ConfigValidator.validate(config(p));

    assertThat(v.engineOptions().device()).isEqualTo("gpu");
    assertThat(v.engineOptions().dtype()).isEqualTo("fp16");
    assertThat(v.engineOptions().maxBatch()).isEqualTo(16);
    assertThat(v.engineOptions().maxCachedTokens()).isEqualTo(65536);
    assertThat(v.settings().maxInFlight()).isEqualTo(32);
    assertThat(v.settings().maxQueued()).isEqualTo(16);
    assertThat(v.settings().shutdownGrace()).isEqualTo(Duration.ofSeconds(25));
    assertThat(v.settings().transactionalId()).isEqualTo("qa-reply-worker-reply-worker-0");
    assertThat(v.settings().groupId()).isEqualTo("qa-reply-worker");
    assertThat(v.settings().requestsTopic()).isEqualTo("qa.generation.requests.v1");
    assertThat(v.clientProperties())
        .containsEntry("bootstrap.servers", "kafka:9092")
        .containsEntry("security.protocol", "SSL");
    assertThat(v.warnings()).isEmpty();
  }

  @Test
  void missingModelDirSaysHowToPointAtARealModel() {
    assertThatThrownBy(() -> ConfigValidator.validate(config(Map.of())))
        .isInstanceOf(InvalidWorkerConfigException.class)
        .hasMessageContaining("qa.worker.model-dir is not set")
        .hasMessageContaining("QA_WORKER_MODEL_DIR")
        .hasMessageContaining("EXAONE-3.5-2.4B-Instruct")
        .hasMessageContaining("Qwen2.5");
  }

  @Test
  void nonexistentModelDirNamesThePath() {
    Path missing = tmp.resolve("no-such-model");
    assertThatThrownBy(
            () ->
                ConfigValidator.validate(config(Map.of("qa.worker.model-dir", missing.toString()))))
        .hasMessageContaining(missing.toString())
        .hasMessageContaining("does not exist");
  }

  @Test
  void folderWithoutWeightsOrTokenizerIsNotAModel() throws Exception {
    Path dir = tmp.resolve("half");
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("config.json"), "{}");
    assertThatThrownBy(
            () -> ConfigValidator.validate(config(Map.of("qa.worker.model-dir", dir.toString()))))
        .hasMessageContaining("missing tokenizer.json, tokenizer_config.json, *.safetensors");
  }

  @Test
  void everyProblemIsReportedAtOnce() throws Exception {
    Map<String, String> p = new HashMap<>();
    p.put("qa.worker.model-dir", fakeModel().toString());
    p.put("qa.worker.device", "tpu");
    p.put("qa.worker.dtype", "bf16");
    p.put("qa.worker.max-batch", "0");
    p.put("qa.worker.shutdown-grace", "-1s");
    p.put("qa.worker.worker-id", "bad id!");
    InvalidWorkerConfigException e =
        (InvalidWorkerConfigException)
            org.junit.jupiter.api.Assertions.assertThrows(
                InvalidWorkerConfigException.class, () -> ConfigValidator.validate(config(p)));
    assertThat(e.problems())
        .anySatisfy(s -> assertThat(s).contains("qa.worker.device=tpu"))
        .anySatisfy(s -> assertThat(s).contains("bfloat16"))
        .anySatisfy(s -> assertThat(s).contains("qa.worker.max-batch must be >= 1"))
        .anySatisfy(s -> assertThat(s).contains("qa.worker.shutdown-grace"))
        .anySatisfy(s -> assertThat(s).contains("qa.worker.worker-id"));
  }

  @Test
  void fp16OnCpuIsAllowedWithAWarning() throws Exception {
    ConfigValidator.Validated v =
        ConfigValidator.validate(
            config(
                Map.of("qa.worker.model-dir", fakeModel().toString(), "qa.worker.dtype", "fp16")));
    assertThat(v.warnings()).singleElement().asString().contains("30x slower");
    assertThat(v.settings().workerId()).isNotBlank();
  }

  @Test
  void theHostedBackendIsConfiguredWithTypedValidatedKeys() throws Exception {
    Map<String, String> p = new HashMap<>();
    p.put("qa.worker.model-dir", fakeModel().toString());
    p.put("qa.worker.backends", "openai-compatible,in-process");
    p.put("qa.worker.hosted.enabled", "true");
    p.put("qa.worker.hosted.base-url", "http://vllm:8000/v1");
    p.put("qa.worker.hosted.model", "Qwen/Qwen2.5-7B-Instruct");
    p.put("qa.worker.hosted.api-key", "sk-secret-value");
    p.put("qa.worker.hosted.request-timeout", "8s");
    p.put("qa.worker.thread-token-budget", "256");
    ConfigValidator.Validated v = ConfigValidator.validate(config(p));
    assertThat(v.backendOrder()).containsExactly("openai-compatible", "in-process");
    assertThat(v.hosted().chatCompletions().toString())
        .isEqualTo("http://vllm:8000/v1/chat/completions");
    assertThat(v.hosted().requestTimeout()).isEqualTo(Duration.ofSeconds(8));
    assertThat(v.hosted().maxConcurrent()).isEqualTo(32);
    assertThat(v.hosted().toString()).doesNotContain("sk-secret-value");
    assertThat(v.settings().threadTokenBudget()).isEqualTo(256);
  }

  @Test
  void aBadHostedConfigurationFailsTheStartNamingEachKey() throws Exception {
    Map<String, String> p = new HashMap<>();
    p.put("qa.worker.model-dir", fakeModel().toString());
    p.put("qa.worker.backends", "openai-compatible,gpt-direct");
    p.put("qa.worker.hosted.enabled", "true");
    p.put("qa.worker.hosted.base-url", "ftp://user:sk-in-url@host/v1");
    p.put("qa.worker.hosted.read-timeout", "0s");
    p.put("qa.worker.hosted.max-concurrent", "0");
    InvalidWorkerConfigException e =
        (InvalidWorkerConfigException)
            org.junit.jupiter.api.Assertions.assertThrows(
                InvalidWorkerConfigException.class, () -> ConfigValidator.validate(config(p)));
    assertThat(e.problems())
        .anySatisfy(s -> assertThat(s).contains("qa.worker.hosted.base-url", "http(s) URL"))
        .anySatisfy(s -> assertThat(s).contains("qa.worker.hosted.model is not set"))
        .anySatisfy(s -> assertThat(s).contains("qa.worker.hosted.read-timeout must be positive"))
        .anySatisfy(s -> assertThat(s).contains("qa.worker.hosted.max-concurrent must be >= 1"))
        .anySatisfy(s -> assertThat(s).contains("qa.worker.backends contains gpt-direct"));

    Map<String, String> off = new HashMap<>();
    off.put("qa.worker.model-dir", fakeModel().toString());
    off.put("qa.worker.backends", "openai-compatible");
    assertThatThrownBy(() -> ConfigValidator.validate(config(off)))
        .hasMessageContaining("qa.worker.hosted.enabled is false");
  }
}
