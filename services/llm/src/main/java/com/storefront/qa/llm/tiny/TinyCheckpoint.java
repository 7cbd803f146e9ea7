package com.storefront.qa.llm.tiny;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonObject;
import com.storefront.qa.llm.arch.Architecture;
import com.storefront.qa.llm.arch.ArchitectureRegistry;
import com.storefront.qa.llm.arch.LayerTensorNames;
import com.storefront.qa.llm.chat.KnownTemplates;
import com.storefront.qa.llm.safetensors.SafetensorsWriter;
import com.storefront.qa.llm.safetensors.StDType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes a random-weight checkpoint in exactly the HuggingFace on-disk layout: config.json,
 * (sharded) safetensors with model.safetensors.index.json, tokenizer.json, tokenizer_config.json
 * and generation_config.json. Used by tests, the local stack and the benchmark.
 *
 * <p>Weights are scaled so activations stay O(1) (embedding std 1, projections std 1/√fan-in):
 * logits then have clear top-1 gaps, so greedy decoding is stable across batch shapes.
 */
public final class TinyCheckpoint {
  /** Special tokens, ids 0..9; {@code [|endofturn|]} plays EXAONE's id 361. */
  public static final List<String> SPECIALS =
      List.of(
          "[PAD]",
          "[BOS]",
          "[EOS]",
          "[UNK]",
          "[|system|]",
          "[|user|]",
          "[|assistant|]",
          "[|endofturn|]",
          "<|im_start|>",
          "<|im_end|>");

  public static final int ENDOFTURN_ID = 7;
  public static final int IM_END_ID = 9;

  private TinyCheckpoint() {}

  /**
   * What to write.
   *
   * @param arch model_type: exaone, llama or qwen2
   * @param hidden hidden size
   * @param layers decoder blocks
   * @param heads attention heads
   * @param kvHeads key/value heads
   * @param intermediate MLP width
   * @param vocab vocabulary size (>= 266)
   * @param dtype on-disk dtype
   * @param shards number of safetensors files (1 writes model.safetensors without index)
   * @param tied tie lm_head to the embedding (no lm_head tensor written)
   * @param seed weight seed
   */
  public record Spec(
      String arch,
      int hidden,
      int layers,
      int heads,
      int kvHeads,
      int intermediate,
      int vocab,
      StDType dtype,
      int shards,
      boolean tied,
      long seed) {

    /** A very small model of the given family (hidden 64, 2 layers, GQA 4/2, vocab 384). */
    public static Spec small(String arch) {
      return new Spec(arch, 64, 2, 4, 2, 128, 384, StDType.F32, 1, arch.equals("exaone"), 42);
    }

    public Spec withShards(int n) {
      return new Spec(
          arch, hidden, layers, heads, kvHeads, intermediate, vocab, dtype, n, tied, seed);
    }

    public Spec withDtype(StDType d) {
      return new Spec(
          arch, hidden, layers, heads, kvHeads, intermediate, vocab, d, shards, tied, seed);
    }

    public Spec withSeed(long s) {
      return new Spec(
          arch, hidden, layers, heads, kvHeads, intermediate, vocab, dtype, shards, tied, s);
    }
  }

  /** Writes the checkpoint into {@code dir} (created if needed). */
  public static void write(Path dir, Spec spec) throws IOException {
    Files.createDirectories(dir);
    Architecture arch = ArchitectureRegistry.forType(spec.arch());
    writeJson(dir.resolve("config.json"), config(spec));
    writeJson(dir.resolve("generation_config.json"), generationConfig(spec));
    writeJson(dir.resolve("tokenizer_config.json"), tokenizerConfig(spec));
    writeJson(dir.resolve("tokenizer.json"), ByteLevelBpe.build(SPECIALS, spec.vocab(), 200));
    Map<String, long[]> shapes = shapes(arch, spec);
    List<String> names = new ArrayList<>(shapes.keySet());
    if (spec.shards() <= 1) {
      SafetensorsWriter.write(
          dir.resolve("model.safetensors"),
          shapes,
          n -> init(spec, n, shapes.get(n)),
          spec.dtype());
      return;
    }
    JsonObject weightMap = new JsonObject();
    long totalSize = 0;
    int per = (names.size() + spec.shards() - 1) / spec.shards();
    for (int s = 0; s < spec.shards(); s++) {
      String file = String.format("model-%05d-of-%05d.safetensors", s + 1, spec.shards());
      Map<String, long[]> part = new LinkedHashMap<>();
      for (String n :
          names.subList(Math.min(names.size(), s * per), Math.min(names.size(), (s + 1) * per))) {
        part.put(n, shapes.get(n));
        weightMap.addProperty(n, file);
        long numel = 1;
        for (long d : shapes.get(n)) {
          numel *= d;
        }
        totalSize += numel * spec.dtype().bytes();
      }
      SafetensorsWriter.write(
          dir.resolve(file), part, n -> init(spec, n, shapes.get(n)), spec.dtype());
    }
    JsonObject index = new JsonObject();
    JsonObject meta = new JsonObject();
    meta.addProperty("total_size", totalSize);
    index.add("metadata", meta);
    index.add("weight_map", weightMap);
    writeJson(dir.resolve("model.safetensors.index.json"), index);
  }

  /** Every tensor name and shape in HF order. */
  static Map<String, long[]> shapes(Architecture arch, Spec s) {
    int hd = s.hidden() / s.heads();
    long q = (long) s.heads() * hd;
    long kv = (long) s.kvHeads() * hd;
    Map<String, long[]> m = new LinkedHashMap<>();
    m.put(arch.embedding(), new long[] {s.vocab(), s.hidden()});
    for (int i = 0; i < s.layers(); i++) {
      LayerTensorNames n = arch.layer(i);
      m.put(n.attnNorm(), new long[] {s.hidden()});
      m.put(n.q(), new long[] {q, s.hidden()});
      m.put(n.k(), new long[] {kv, s.hidden()});
      m.put(n.v(), new long[] {kv, s.hidden()});
      if (n.qBias() != null) {
        m.put(n.qBias(), new long[] {q});
        m.put(n.kBias(), new long[] {kv});
        m.put(n.vBias(), new long[] {kv});
      }
      m.put(n.o(), new long[] {s.hidden(), q});
      m.put(n.mlpNorm(), new long[] {s.hidden()});
      m.put(n.gate(), new long[] {s.intermediate(), s.hidden()});
      m.put(n.up(), new long[] {s.intermediate(), s.hidden()});
      m.put(n.down(), new long[] {s.hidden(), s.intermediate()});
    }
    m.put(arch.finalNorm(), new long[] {s.hidden()});
    if (!s.tied()) {
      m.put(arch.lmHead(), new long[] {s.vocab(), s.hidden()});
    }
    return m;
  }

  /** Deterministic per-tensor values: each tensor has its own stream derived from its name. */
  static float[] init(Spec spec, String name, long[] shape) {
    long numel = 1;
    for (long d : shape) {
      numel *= d;
    }
    float[] a = new float[Math.toIntExact(numel)];
    SplittableRandom r = new SplittableRandom(spec.seed() * 31 + name.hashCode());
    boolean norm = name.contains("norm") || name.contains("ln_");
    boolean bias = name.endsWith(".bias");
    double std =
        name.contains("embed") || name.contains("wte")
            ? 1.0
            : 1.0 / Math.sqrt(shape[shape.length - 1]);
    for (int i = 0; i < a.length; i++) {
      double g = r.nextGaussian();
      a[i] = (float) (norm ? 1.0 + 0.1 * g : bias ? 0.1 * g : std * g);
    }
    return a;
  }

  private static JsonObject config(Spec s) {
    JsonObject c = new JsonObject();
    boolean exaone = s.arch().equals("exaone");
    JsonObject arch = new JsonObject();
    c.addProperty("model_type", s.arch());
    c.add("architectures", new com.google.gson.JsonArray());
    c.getAsJsonArray("architectures")
        .add(
            exaone
                ? "ExaoneForCausalLM"
                : s.arch().equals("qwen2") ? "Qwen2ForCausalLM" : "LlamaForCausalLM");
    c.addProperty("hidden_size", s.hidden());
    c.addProperty(exaone ? "num_layers" : "num_hidden_layers", s.layers());
    c.addProperty("num_attention_heads", s.heads());
    c.addProperty("num_key_value_heads", s.kvHeads());
    c.addProperty("intermediate_size", s.intermediate());
    c.addProperty("vocab_size", s.vocab());
    c.addProperty(exaone ? "layer_norm_epsilon" : "rms_norm_eps", 1e-5);
    c.addProperty(exaone ? "activation_function" : "hidden_act", "silu");
    c.addProperty("max_position_embeddings", 2048);
    c.addProperty("rope_theta", 10000.0);
    c.addProperty("tie_word_embeddings", s.tied());
    c.addProperty(
        "torch_dtype",
        s.dtype() == StDType.F32 ? "float32" : s.dtype() == StDType.F16 ? "float16" : "bfloat16");
    c.addProperty("bos_token_id", 1);
    c.addProperty("eos_token_id", exaone ? ENDOFTURN_ID : IM_END_ID);
    c.addProperty("pad_token_id", 0);
    if (exaone) {
      // EXAONE 3.5 ships llama3 RoPE scaling; keep it so the tiny model exercises that path.
      JsonObject rs = new JsonObject();
      rs.addProperty("rope_type", "llama3");
      rs.addProperty("factor", 8.0);
      rs.addProperty("low_freq_factor", 1.0);
      rs.addProperty("high_freq_factor", 4.0);
      rs.addProperty("original_max_position_embeddings", 64);
      c.add("rope_scaling", rs);
    }
    return c;
  }

  private static JsonObject generationConfig(Spec s) {
    JsonObject g = new JsonObject();
    g.addProperty("_from_model_config", true);
    g.addProperty("bos_token_id", 1);
    g.addProperty("eos_token_id", s.arch().equals("exaone") ? ENDOFTURN_ID : IM_END_ID);
    g.addProperty("pad_token_id", 0);
    return g;
  }

  private static JsonObject tokenizerConfig(Spec s) {
    boolean exaone = s.arch().equals("exaone");
    JsonObject t = new JsonObject();
    t.addProperty("add_bos_token", false);
    t.addProperty("bos_token", "[BOS]");
    t.addProperty("eos_token", exaone ? "[|endofturn|]" : "<|im_end|>");
    t.addProperty("pad_token", "[PAD]");
    t.addProperty("unk_token", "[UNK]");
    t.addProperty("model_max_length", 2048);
    t.addProperty("tokenizer_class", "GPT2Tokenizer");
    t.addProperty("chat_template", exaone ? KnownTemplates.EXAONE_3_5 : KnownTemplates.CHATML);
    return t;
  }

  private static void writeJson(Path p, JsonObject o) throws IOException {
    String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    Files.writeString(p, text, StandardCharsets.UTF_8);
  }
}
