package com.storefront.qa.llm.train;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.storefront.qa.llm.chat.KnownTemplates;
import com.storefront.qa.llm.safetensors.SafetensorsWriter;
import com.storefront.qa.llm.safetensors.StDType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes the demo model as a HuggingFace folder a downloaded Llama/Qwen-style chat model would
 * have: config.json ({@code model_type} llama, tied embeddings), model.safetensors, tokenizer.json,
 * tokenizer_config.json with the ChatML chat template, generation_config.json.
 */
public final class DemoFolder {
  /** Special tokens, ids 0..2, ChatML as Qwen2.5 spells them. */
  public static final List<String> SPECIALS =
      List.of("<|endoftext|>", "<|im_start|>", "<|im_end|>");

  /** The end-of-turn token every reply ends with; the eos id of generation_config.json. */
  public static final String END_OF_TURN = "<|im_end|>";

  private static final int PAD_ID = 0;
  private static final int EOS_ID = 2;

  private DemoFolder() {}

  /** Writes tokenizer.json and tokenizer_config.json (needed before the corpus is encoded). */
  public static void writeTokenizer(Path dir, List<String> merges) throws IOException {
    Files.createDirectories(dir);
    writeJson(dir.resolve("tokenizer.json"), TokenizerJson.of(SPECIALS, merges));
    JsonObject t = new JsonObject();
    t.addProperty("add_bos_token", false);
    t.addProperty("bos_token", (String) null);
    t.addProperty("eos_token", END_OF_TURN);
    t.addProperty("pad_token", SPECIALS.get(PAD_ID));
    t.addProperty("unk_token", (String) null);
    t.addProperty("model_max_length", 1024);
    t.addProperty("tokenizer_class", "Qwen2Tokenizer");
    t.addProperty("chat_template", KnownTemplates.CHATML);
    writeJson(dir.resolve("tokenizer_config.json"), t);
  }

  /** Writes config.json, generation_config.json and the weights in {@code dtype}. */
  public static void writeModel(
      Path dir,
      DemoSpec spec,
      int vocab,
      Map<String, SafetensorsWriter.Tensor> weights,
      StDType dtype)
      throws IOException {
    Files.createDirectories(dir);
    JsonObject c = new JsonObject();
    c.addProperty("model_type", "llama");
    JsonArray archs = new JsonArray();
    archs.add("LlamaForCausalLM");
    c.add("architectures", archs);
    c.addProperty("hidden_size", spec.hidden());
    c.addProperty("num_hidden_layers", spec.layers());
    c.addProperty("num_attention_heads", spec.heads());
    c.addProperty("num_key_value_heads", spec.heads());
    c.addProperty("head_dim", spec.headDim());
    c.addProperty("intermediate_size", spec.intermediate());
    c.addProperty("vocab_size", vocab);
    c.addProperty("rms_norm_eps", DemoSpec.NORM_EPS);
    c.addProperty("hidden_act", "silu");
    // generation may run past the longest training sequence; RoPE is defined for any position
    c.addProperty("max_position_embeddings", 1024);
    c.addProperty("rope_theta", DemoSpec.ROPE_THETA);
    c.addProperty("tie_word_embeddings", true);
    c.addProperty("attention_bias", false);
    c.addProperty("torch_dtype", dtype == StDType.F32 ? "float32" : "float16");
    c.addProperty("bos_token_id", PAD_ID);
    c.addProperty("eos_token_id", EOS_ID);
    c.addProperty("pad_token_id", PAD_ID);
    writeJson(dir.resolve("config.json"), c);
    JsonObject g = new JsonObject();
    g.addProperty("bos_token_id", PAD_ID);
    g.addProperty("eos_token_id", EOS_ID);
    g.addProperty("pad_token_id", PAD_ID);
    g.addProperty("do_sample", false);
    g.addProperty("max_new_tokens", 200);
    writeJson(dir.resolve("generation_config.json"), g);
    SafetensorsWriter.write(dir.resolve("model.safetensors"), new LinkedHashMap<>(weights), dtype);
  }

  static void writeJson(Path p, JsonObject o) throws IOException {
    String text = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(o);
    Files.writeString(p, text + "\n", StandardCharsets.UTF_8);
  }
}
