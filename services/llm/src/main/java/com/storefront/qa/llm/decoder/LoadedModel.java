package com.storefront.qa.llm.decoder;

import ai.djl.Device;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.GenerationDefaults;
import com.storefront.qa.llm.api.ModelInfo;
import com.storefront.qa.llm.arch.Architecture;
import com.storefront.qa.llm.arch.ArchitectureRegistry;
import com.storefront.qa.llm.arch.ModelWeights;
import com.storefront.qa.llm.arch.WeightLoader;
import com.storefront.qa.llm.chat.ChatTemplate;
import com.storefront.qa.llm.config.GenerationConfigReader;
import com.storefront.qa.llm.config.Json;
import com.storefront.qa.llm.config.ModelConfig;
import com.storefront.qa.llm.safetensors.Checkpoint;
import com.storefront.qa.llm.tokenizer.TextTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.function.Consumer;

/**
 * Everything loaded from one checkpoint directory: config, weights (in their own NDManager),
 * forward pass, tokenizer, chat template and generation defaults.
 *
 * @param config parsed config.json
 * @param forward the forward pass over the loaded weights
 * @param tokenizer tokenizer.json
 * @param template chat template
 * @param defaults generation_config.json
 * @param info model description
 * @param manager owner of all native memory of this model
 */
public record LoadedModel(
    ModelConfig config,
    DecoderForward forward,
    TextTokenizer tokenizer,
    ChatTemplate template,
    GenerationDefaults defaults,
    ModelInfo info,
    NDManager manager)
    implements AutoCloseable {

  /** Validates and loads {@code dir}; every failure names the offending file. */
  public static LoadedModel load(Path dir, EngineOptions options, Consumer<String> progress) {
    if (!Files.isDirectory(dir)) {
      throw new UncheckedIOException(new IOException("model directory not found: " + dir));
    }
    Json cfgJson = Json.read(dir.resolve("config.json"));
    String type = cfgJson.optString("model_type", "<missing>");
    Architecture arch = ArchitectureRegistry.forType(type);
    ModelConfig cfg = arch.parseConfig(cfgJson);
    Device device = "gpu".equals(options.device()) ? Device.gpu() : Device.cpu();
    boolean int8 = "int8".equals(options.dtype());
    // int8 is weight-only: activations (and the cache) in fp32 on the CPU, fp16 on a GPU
    boolean half = "fp16".equals(options.dtype()) || (int8 && !Device.cpu().equals(device));
    DataType dtype = half ? DataType.FLOAT16 : DataType.FLOAT32;
    GenerationDefaults defaults = GenerationConfigReader.read(dir);
    TextTokenizer tokenizer = TextTokenizer.load(dir);
    ChatTemplate template = ChatTemplate.load(dir);
    if (DecoderForward.splitProjections()
        && System.getProperty("ai.djl.pytorch.num_threads") == null) {
      // the engine splits projections itself (SplitLinear); read once, at engine start
      System.setProperty("ai.djl.pytorch.num_threads", "1");
    }
    NDManager manager = NDManager.newBaseManager(device, "PyTorch");
    try (Checkpoint ckpt = Checkpoint.open(dir)) {
      progress.accept("opened " + String.join(", ", ckpt.shardNames()));
      ModelWeights w = WeightLoader.load(ckpt, arch, cfg, manager, device, dtype, int8, progress);
      String revision = fingerprint(dir, ckpt.totalBytes());
      ModelInfo info =
          new ModelInfo(
              dir.toAbsolutePath().normalize().getFileName().toString(),
              revision,
              type,
              w.parameterCount(),
              options.device(),
              options.dtype());
      progress.accept(
          "loaded " + w.parameterCount() + " parameters, " + w.bytesHeld() + " bytes of weights");
      return new LoadedModel(
          cfg,
          new DecoderForward(cfg, w, manager, dtype, device),
          tokenizer,
          template,
          defaults,
          info,
          manager);
    } catch (IOException e) {
      manager.close();
      tokenizer.close();
      throw new UncheckedIOException(e);
    } catch (RuntimeException e) {
      manager.close();
      tokenizer.close();
      throw e;
    }
  }

  /** Content fingerprint: hash of config.json, the index (if any) and total shard bytes. */
  private static String fingerprint(Path dir, long shardBytes) throws IOException {
    try {
      var md = java.security.MessageDigest.getInstance("SHA-256");
      md.update(Files.readAllBytes(dir.resolve("config.json")));
      Path index = dir.resolve("model.safetensors.index.json");
      if (Files.exists(index)) {
        md.update(Files.readAllBytes(index));
      }
      md.update(Long.toString(shardBytes).getBytes());
      return HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    forward.close();
    tokenizer.close();
    manager.close();
  }
}
