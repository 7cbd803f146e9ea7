package com.storefront.qa.llm.train;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.util.List;
import java.util.Map;

/**
 * Writes a byte-level BPE as HuggingFace's tokenizer.json: special tokens as added tokens with ids
 * 0..n-1, the ByteLevel pre-tokenizer, post-processor and decoder, and the BPE model's vocab and
 * merges. The engine (DJL's HuggingFace tokenizers) loads it like any downloaded tokenizer.
 */
public final class TokenizerJson {
  private TokenizerJson() {}

  /** The tokenizer.json document for {@code specials} and {@code merges}. */
  public static JsonObject of(List<String> specials, List<String> merges) {
    JsonObject root = new JsonObject();
    root.addProperty("version", "1.0");
    root.add("truncation", JsonNull.INSTANCE);
    root.add("padding", JsonNull.INSTANCE);
    JsonArray added = new JsonArray();
    JsonObject vocab = new JsonObject();
    for (int i = 0; i < specials.size(); i++) {
      JsonObject t = new JsonObject();
      t.addProperty("id", i);
      t.addProperty("content", specials.get(i));
      t.addProperty("single_word", false);
      t.addProperty("lstrip", false);
      t.addProperty("rstrip", false);
      t.addProperty("normalized", false);
      t.addProperty("special", true);
      added.add(t);
      vocab.addProperty(specials.get(i), i);
    }
    root.add("added_tokens", added);
    root.add("normalizer", JsonNull.INSTANCE);
    root.add("pre_tokenizer", byteLevel(true));
    root.add("post_processor", byteLevel(false));
    root.add("decoder", byteLevel(true));
    JsonObject model = new JsonObject();
    model.addProperty("type", "BPE");
    model.add("dropout", JsonNull.INSTANCE);
    model.add("unk_token", JsonNull.INSTANCE);
    model.add("continuing_subword_prefix", JsonNull.INSTANCE);
    model.add("end_of_word_suffix", JsonNull.INSTANCE);
    model.addProperty("fuse_unk", false);
    model.addProperty("byte_fallback", false);
    Map<String, Integer> v = BpeTrainer.vocab(merges, specials.size());
    v.forEach(vocab::addProperty);
    model.add("vocab", vocab);
    JsonArray m = new JsonArray();
    merges.forEach(m::add);
    model.add("merges", m);
    root.add("model", model);
    return root;
  }

  /** Tokens in the vocabulary: specials, 256 bytes and the distinct merged symbols. */
  public static int size(List<String> specials, List<String> merges) {
    return specials.size() + BpeTrainer.vocab(merges, 0).size();
  }

  private static JsonObject byteLevel(boolean trimOffsets) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "ByteLevel");
    o.addProperty("add_prefix_space", false);
    o.addProperty("trim_offsets", trimOffsets);
    o.addProperty("use_regex", true);
    return o;
  }
}
