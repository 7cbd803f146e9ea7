package com.storefront.qa.llm.tokenizer;

import java.util.Arrays;

/**
 * Turns a growing token sequence into text without splitting multi-byte characters.
 *
 * <p>Byte-level BPE tokens can end in the middle of a UTF-8 character (Korean syllables are 3
 * bytes). Decoding token by token would emit U+FFFD halves, so this decodes the whole sequence each
 * time and only treats text as stable once it no longer ends in a replacement character.
 */
public final class IncrementalDecoder {
  private final TextTokenizer tokenizer;
  private int[] ids = new int[16];
  private int size;
  private String stable = "";

  public IncrementalDecoder(TextTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Appends a token and returns the newly stable text (possibly empty). */
  public String append(int id) {
    if (size == ids.length) {
      ids = Arrays.copyOf(ids, size * 2);
    }
    ids[size++] = id;
    String text = tokenizer.decode(ids, size, true);
    if (text.endsWith("\uFFFD") || !text.startsWith(stable)) {
      return "";
    }
    String delta = text.substring(stable.length());
    stable = text;
    return delta;
  }

  /** All text that is stable so far. */
  public String text() {
    return stable;
  }

  /** Full decode of every appended token (for the final reply). */
  public String finish() {
    return tokenizer.decode(ids, size, true);
  }
}
