package com.storefront.qa.local;

import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Writes a tiny random EXAONE-shaped checkpoint (config.json, safetensors, tokenizer.json,
 * tokenizer_config.json with the chat template) with the llm module's writer, so the local stack
 * runs the real engine and the real reply worker without downloading a model. Its replies are
 * noise: moderation holds most of them, so the customer mostly gets the acknowledgement.
 */
public final class TinyModel {
  private TinyModel() {}

  /** Writes the checkpoint into {@code dir} and returns it. */
  public static Path write(Path dir) {
    try {
      TinyCheckpoint.write(dir, TinyCheckpoint.Spec.small("exaone"));
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the tiny checkpoint in " + dir, e);
    }
  }
}
