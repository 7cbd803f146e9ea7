package com.storefront.qa.llm.tokenizer;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The model's tokenizer.json through DJL's HuggingFace binding.
 *
 * <p>Built with truncation off (DJL truncates at 512 by default, logging only a warning) and
 * without adding special tokens: the chat template already writes them as text.
 */
public final class TextTokenizer implements AutoCloseable {
  private final HuggingFaceTokenizer tokenizer;

  private TextTokenizer(HuggingFaceTokenizer tokenizer) {
    this.tokenizer = tokenizer;
  }

  /** Loads {@code dir/tokenizer.json}. */
  public static TextTokenizer load(Path dir) {
    Path file = dir.resolve("tokenizer.json");
    if (!Files.exists(file)) {
      throw new UncheckedIOException(new IOException("missing file: " + file));
    }
    try {
      return new TextTokenizer(
          HuggingFaceTokenizer.builder()
              .optTokenizerPath(file)
              .optTruncation(false)
              .optAddSpecialTokens(false)
              .optPadding(false)
              .build());
    } catch (IOException e) {
      throw new UncheckedIOException(new IOException("cannot load " + file + ": " + e, e));
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("corrupt tokenizer " + file + ": " + e, e));
    }
  }

  /** Token ids of {@code text}; special-token strings inside it map to their ids. */
  public int[] encode(String text) {
    long[] ids = tokenizer.encode(text, false, false).getIds();
    int[] r = new int[ids.length];
    for (int i = 0; i < ids.length; i++) {
      r[i] = Math.toIntExact(ids[i]);
    }
    return r;
  }

  /** Text of {@code ids}; decode whole sequences, never token by token (UTF-8 splits). */
  public String decode(int[] ids, int length, boolean skipSpecialTokens) {
    long[] l = new long[length];
    for (int i = 0; i < length; i++) {
      l[i] = ids[i];
    }
    return tokenizer.decode(l, skipSpecialTokens);
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
