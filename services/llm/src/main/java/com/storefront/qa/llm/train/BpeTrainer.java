package com.storefront.qa.llm.train;

import com.storefront.qa.llm.tiny.ByteLevelBpe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trains a GPT-2 style byte-level BPE: texts are split with the ByteLevel pre-tokenizer's regex
 * (the one HuggingFace tokenizers applies at encode time, so learned merges never cross a
 * pre-token), each pre-token becomes its UTF-8 bytes in GPT-2's printable byte alphabet, and the
 * most frequent adjacent pair is merged until the vocabulary is full. Korean, Japanese and Chinese
 * round-trip because every byte is in the base alphabet.
 *
 * <p>Pair counts are updated incrementally (only the words containing the merged pair are
 * re-counted), so a few thousand merges over a large corpus take seconds.
 */
public final class BpeTrainer {
  /** GPT-2's pre-tokenizer pattern, as HF's ByteLevel pre-tokenizer uses with use_regex=true. */
  static final Pattern PRE_TOKEN =
      Pattern.compile(
          "'s|'t|'re|'ve|'m|'ll|'d| ?\\p{L}+| ?\\p{N}+| ?[^\\s\\p{L}\\p{N}]+|\\s+(?!\\S)|\\s+");

  private BpeTrainer() {}

  /**
   * Learns merges.
   *
   * @param texts training texts (special tokens already removed)
   * @param merges how many merges to learn at most
   * @return merges in rank order, each "left right" in the byte alphabet
   */
  public static List<String> learn(List<String> texts, int merges) {
    String[] alphabet = ByteLevelBpe.byteAlphabet();
    Map<String, Integer> wordCounts = new HashMap<>();
    for (String t : texts) {
      Matcher m = PRE_TOKEN.matcher(t);
      while (m.find()) {
        wordCounts.merge(m.group(), 1, Integer::sum);
      }
    }
    List<String> symbols = new ArrayList<>(List.of(alphabet));
    List<int[]> words = new ArrayList<>();
    List<Integer> counts = new ArrayList<>();
    wordCounts.entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            e -> {
              byte[] b = e.getKey().getBytes(StandardCharsets.UTF_8);
              int[] w = new int[b.length];
              for (int i = 0; i < b.length; i++) {
                w[i] = b[i] & 0xff;
              }
              words.add(w);
              counts.add(e.getValue());
            });
    Map<Long, Long> pairCounts = new HashMap<>();
    Map<Long, Set<Integer>> where = new HashMap<>();
    for (int w = 0; w < words.size(); w++) {
      count(words.get(w), counts.get(w), w, pairCounts, where);
    }
    List<String> out = new ArrayList<>();
    while (out.size() < merges) {
      long best = -1;
      long bestCount = 1; // a pair seen once is not worth a token
      for (var e : pairCounts.entrySet()) {
        long c = e.getValue();
        if (c > bestCount || (c == bestCount && best >= 0 && e.getKey() < best)) {
          best = e.getKey();
          bestCount = c;
        }
      }
      if (best < 0) {
        break;
      }
      int a = (int) (best >>> 32);
      int b = (int) best;
      int merged = symbols.size();
      symbols.add(symbols.get(a) + symbols.get(b));
      out.add(symbols.get(a) + " " + symbols.get(b));
      for (int w : new ArrayList<>(where.getOrDefault(best, Set.of()))) {
        int[] old = words.get(w);
        count(old, -counts.get(w), w, pairCounts, where);
        int[] next = merge(old, a, b, merged);
        words.set(w, next);
        count(next, counts.get(w), w, pairCounts, where);
      }
      pairCounts.remove(best);
      where.remove(best);
    }
    return out;
  }

  private static void count(
      int[] w, long by, int index, Map<Long, Long> pairCounts, Map<Long, Set<Integer>> where) {
    for (int i = 0; i + 1 < w.length; i++) {
      long key = ((long) w[i] << 32) | (w[i + 1] & 0xffffffffL);
      long c = pairCounts.merge(key, by, Long::sum);
      if (c <= 0) {
        pairCounts.remove(key);
      }
      if (by > 0) {
        where.computeIfAbsent(key, k -> new HashSet<>()).add(index);
      }
    }
  }

  private static int[] merge(int[] w, int a, int b, int merged) {
    int[] out = new int[w.length];
    int n = 0;
    for (int i = 0; i < w.length; i++) {
      if (i + 1 < w.length && w[i] == a && w[i + 1] == b) {
        out[n++] = merged;
        i++;
      } else {
        out[n++] = w[i];
      }
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** The vocabulary in id order after the specials: 256 bytes, then one token per merge. */
  static Map<String, Integer> vocab(List<String> merges, int firstId) {
    Map<String, Integer> v = new LinkedHashMap<>();
    for (String s : ByteLevelBpe.byteAlphabet()) {
      v.put(s, firstId + v.size());
    }
    for (String m : merges) {
      v.putIfAbsent(m.replace(" ", ""), firstId + v.size());
    }
    return v;
  }
}
