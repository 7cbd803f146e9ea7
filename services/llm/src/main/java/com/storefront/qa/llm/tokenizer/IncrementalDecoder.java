package com.storefront.qa.llm.tokenizer;

import java.util.Arrays;

/**
 * Turns a growing token sequence into text without splitting multi-byte characters, decoding only a
 * short window of recent tokens per step.
 *
 * <p>Byte-level BPE tokens can end in the middle of a UTF-8 character (Korean syllables are 3
 * bytes), so decoding token by token would emit U+FFFD halves. Decoding the whole sequence at every
 * step fixes that but costs O(n) per token. Instead (as vLLM and TGI do) this keeps two offsets:
 * the text of {@code ids[prefix..read)} was already emitted, and each step decodes {@code
 * ids[prefix..size)}; what it adds beyond the first part is new, once it no longer ends in a
 * replacement character. The window restarts after every emitted piece, so it stays a few tokens
 * long, and anything the decoder does at the start of a string (a stripped leading space) happens
 * to both parts alike.
 */
public final class IncrementalDecoder {
  private final TextTokenizer tokenizer;
  private final StringBuilder stable = new StringBuilder();
  private int[] ids = new int[16];
  private int size;
  private int prefix;
  private int read;

  public IncrementalDecoder(TextTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Appends a token and returns the newly stable text (possibly empty). */
  public String append(int id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id;
    String before = decode(prefix, read);
    String now = decode(prefix, size);
    if (now.length() <= before.length() || now.endsWith("\uFFFD") || !now.startsWith(before)) {
      return ""; // an incomplete character, or nothing visible yet: wait for more tokens
    }
    String delta = now.substring(before.length());
    stable.append(delta);
    prefix = read;
    read = size;
    return delta;
  }

  /** All text that is stable so far. */
  public String text() {
    return stable.toString();
  }

  /** Full decode of every appended token (for the final reply). */
  public String finish() {
    return tokenizer.decode(ids, size, true);
  }

  private String decode(int from, int to) {
    return from == to ? "" : tokenizer.decode(Arrays.copyOfRange(ids, from, to), to - from, true);
  }
}
