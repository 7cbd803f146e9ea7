package com.storefront.qa.llm.tiny;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds a GPT-2 style byte-level BPE tokenizer.json: special tokens first, then the 256-symbol
 * byte alphabet (so any UTF-8 text, Korean included, round-trips), then merges learned from a small
 * built-in English/Korean corpus, then filler tokens up to the requested vocabulary size.
 */
public final class ByteLevelBpe {
  private static final String CORPUS =
      "Is this jacket waterproof? Yes, the jacket is waterproof and the hood is removable. "
          + "How long does shipping take? Shipping takes three to five business days. "
          + "Can I return the shoes if they do not fit? You can return them within thirty days. "
          + "What size should I order? We recommend ordering your usual size. "
          + "이 제품은 방수가 되나요? 네, 이 재킷은 방수가 됩니다. 배송은 얼마나 걸리나요? "
          + "배송은 영업일 기준 삼에서 오일 정도 걸립니다. 사이즈가 맞지 않으면 반품할 수 있나요? "
          + "구매 후 삼십일 이내에 반품하실 수 있습니다. 감사합니다. 안녕하세요. 고객님의 질문에 답변드립니다.";

  private ByteLevelBpe() {}

  /** GPT-2's reversible byte → printable unicode map. */
  public static String[] byteAlphabet() {
    List<Integer> bs = new ArrayList<>();
    for (int b = '!'; b <= '~'; b++) {
      bs.add(b);
    }
    for (int b = 0xA1; b <= 0xAC; b++) {
      bs.add(b);
    }
    for (int b = 0xAE; b <= 0xFF; b++) {
      bs.add(b);
    }
    String[] map = new String[256];
    int n = 0;
    for (int b = 0; b < 256; b++) {
      if (bs.contains(b)) {
        map[b] = new String(Character.toChars(b));
      } else {
        map[b] = new String(Character.toChars(256 + n++));
      }
    }
    return map;
  }

  /**
   * Returns the tokenizer.json document.
   *
   * @param specials special tokens, given ids 0..n-1
   * @param vocabSize total vocabulary (must cover specials + 256 bytes)
   * @param maxMerges merges to learn (fewer if the corpus runs out of pairs)
   */
  public static JsonObject build(List<String> specials, int vocabSize, int maxMerges) {
    int base = specials.size() + 256;
    if (vocabSize < base) {
      throw new IllegalArgumentException("vocab " + vocabSize + " < " + base + " base tokens");
    }
    String[] alphabet = byteAlphabet();
    Map<String, Integer> vocab = new LinkedHashMap<>();
    for (int b = 0; b < 256; b++) {
      vocab.put(alphabet[b], specials.size() + b);
    }
    List<String> merges = learnMerges(alphabet, Math.min(maxMerges, vocabSize - base), vocab);
    for (int i = vocab.size() + specials.size(); i < vocabSize; i++) {
      vocab.put("<|filler_" + i + "|>", i); // never produced by BPE; keeps ids dense
    }
    JsonObject root = new JsonObject();
    root.addProperty("version", "1.0");
    root.add("truncation", JsonNull.INSTANCE);
    root.add("padding", JsonNull.INSTANCE);
    JsonArray added = new JsonArray();
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
    }
    root.add("added_tokens", added);
    root.add("normalizer", JsonNull.INSTANCE);
    root.add("pre_tokenizer", byteLevel(false, true));
    root.add("post_processor", byteLevel(false, false));
    root.add("decoder", byteLevel(false, true));
    JsonObject model = new JsonObject();
    model.addProperty("type", "BPE");
    model.add("dropout", JsonNull.INSTANCE);
    model.add("unk_token", JsonNull.INSTANCE);
    model.add("continuing_subword_prefix", JsonNull.INSTANCE);
    model.add("end_of_word_suffix", JsonNull.INSTANCE);
    model.addProperty("fuse_unk", false);
    model.addProperty("byte_fallback", false);
    JsonObject v = new JsonObject();
    for (int i = 0; i < specials.size(); i++) {
      v.addProperty(specials.get(i), i);
    }
    vocab.forEach(v::addProperty);
    model.add("vocab", v);
    JsonArray m = new JsonArray();
    merges.forEach(m::add);
    model.add("merges", m);
    root.add("model", model);
    return root;
  }

  private static JsonObject byteLevel(boolean prefixSpace, boolean trimOffsets) {
    JsonObject o = new JsonObject();
    o.addProperty("type", "ByteLevel");
    o.addProperty("add_prefix_space", prefixSpace);
    o.addProperty("trim_offsets", trimOffsets);
    o.addProperty("use_regex", true);
    return o;
  }

  /** Plain BPE training: repeatedly merge the most frequent adjacent pair (ties by text). */
  private static List<String> learnMerges(String[] alphabet, int n, Map<String, Integer> vocab) {
    Map<List<String>, Integer> words = new HashMap<>();
    for (String w : CORPUS.split("(?= )")) {
      List<String> syms = new ArrayList<>();
      for (byte b : w.getBytes(StandardCharsets.UTF_8)) {
        syms.add(alphabet[b & 0xff]);
      }
      words.merge(syms, 1, Integer::sum);
    }
    List<String> merges = new ArrayList<>();
    int nextId = vocab.values().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    while (merges.size() < n) {
      TreeMap<String, Integer> pairs = new TreeMap<>();
      for (var e : words.entrySet()) {
        List<String> s = e.getKey();
        for (int i = 0; i + 1 < s.size(); i++) {
          pairs.merge(s.get(i) + " " + s.get(i + 1), e.getValue(), Integer::sum);
        }
      }
      String best = null;
      int bestCount = 1;
      for (var e : pairs.entrySet()) {
        if (e.getValue() > bestCount) {
          best = e.getKey();
          bestCount = e.getValue();
        }
      }
      if (best == null) {
        break;
      }
      String[] ab = best.split(" ");
      String merged = ab[0] + ab[1];
      if (vocab.containsKey(merged)) {
        break;
      }
      merges.add(best);
      vocab.put(merged, nextId++);
      Map<List<String>, Integer> next = new HashMap<>();
      for (var e : words.entrySet()) {
        List<String> s = e.getKey();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
          if (i + 1 < s.size() && s.get(i).equals(ab[0]) && s.get(i + 1).equals(ab[1])) {
            out.add(merged);
            i++;
          } else {
            out.add(s.get(i));
          }
        }
        next.merge(out, e.getValue(), Integer::sum);
      }
      words = next;
    }
    return merges;
  }
}
