package com.storefront.qa.local;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes a tiny random EXAONE-shaped checkpoint (config.json, safetensors, tokenizer.json with a
 * chat template) with the llm module's writer, so the local stack can run the real engine and the
 * real reply worker without downloading a model. Its replies are noise: moderation holds most of
 * them, so the customer mostly gets the acknowledgement.
 */
final class TinyModel {
  static final String WRITER = "com.storefront.qa.llm.tiny.TinyCheckpoint";

  private TinyModel() {}

  /** Writes the checkpoint into {@code dir}; null when the llm module has no tiny writer. */
  static Path write(Path dir) {
    try {
      Class<?> writer = Class.forName(WRITER);
      Class<?> spec = Class.forName(WRITER + "$Spec");
      Object small = spec.getMethod("small", String.class).invoke(null, "exaone");
      Method write = writer.getMethod("write", Path.class, spec);
      Files.createDirectories(dir);
      write.invoke(null, dir, small);
      return dir;
    } catch (ClassNotFoundException | NoSuchMethodException e) {
      return null;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("could not write the tiny checkpoint: " + e.getCause(), e);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
