package com.storefront.qa.llm.train;

import com.storefront.qa.llm.chat.ChatTemplate;
import com.storefront.qa.llm.tokenizer.TextTokenizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Examples as token ids: the prompt exactly as the engine builds it (the folder's chat template
 * with system prompt and question, tokenized alone, as the engine tokenizes it before generating),
 * followed by the reply and the end-of-turn token, which are the only positions the loss counts.
 */
public final class TrainingSet {
  /**
   * One encoded example.
   *
   * @param ids prompt, reply and end-of-turn token ids
   * @param promptLength how many leading ids are the prompt
   */
  public record Sequence(int[] ids, int promptLength) {}

  private TrainingSet() {}

  /**
   * Encodes {@code examples}; those longer than {@code context} tokens are left out.
   *
   * @param endOfTurn the eos token string the reply ends with
   */
  public static List<Sequence> encode(
      List<DemoCorpus.Example> examples,
      ChatTemplate template,
      TextTokenizer tokenizer,
      String endOfTurn,
      int context) {
    List<Sequence> out = new ArrayList<>();
    for (DemoCorpus.Example e : examples) {
      int[] prompt = tokenizer.encode(template.render(e.system(), e.question()));
      int[] reply = tokenizer.encode(e.reply() + endOfTurn);
      if (prompt.length + reply.length > context) {
        continue;
      }
      int[] ids = new int[prompt.length + reply.length];
      System.arraycopy(prompt, 0, ids, 0, prompt.length);
      System.arraycopy(reply, 0, ids, prompt.length, reply.length);
      out.add(new Sequence(ids, prompt.length));
    }
    return out;
  }

  /**
   * A padded batch: inputs [B, T] (ids 0..n-2 of each sequence), targets [B, T] (ids 1..n-1) and a
   * loss mask [B, T] that is 1 where the target is a reply or end-of-turn token.
   */
  public record Batch(long[] inputs, long[] targets, float[] mask, int rows, int width) {}

  /** Packs {@code seqs} into one right-padded batch (pad id 0, masked out). */
  public static Batch batch(List<Sequence> seqs) {
    int width = 0;
    for (Sequence s : seqs) {
      width = Math.max(width, s.ids().length - 1);
    }
    int rows = seqs.size();
    long[] in = new long[rows * width];
    long[] tg = new long[rows * width];
    float[] mask = new float[rows * width];
    for (int r = 0; r < rows; r++) {
      int[] ids = seqs.get(r).ids();
      for (int t = 0; t + 1 < ids.length; t++) {
        in[r * width + t] = ids[t];
        tg[r * width + t] = ids[t + 1];
        mask[r * width + t] = t + 1 >= seqs.get(r).promptLength() ? 1f : 0f;
      }
    }
    return new Batch(in, tg, mask, rows, width);
  }
}
