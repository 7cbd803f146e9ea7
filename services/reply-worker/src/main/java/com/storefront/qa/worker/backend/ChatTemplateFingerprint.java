package com.storefront.qa.worker.backend;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.llm.prompt.ReplyPrompt;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The prompt template version recorded with each result: the worker's prompt assembly ({@link
 * ReplyPrompt#VERSION}) plus which chat template rendered it. In-process that is a fingerprint of
 * the model folder's {@code chat_template}; a hosted server renders with its own template.
 */
public final class ChatTemplateFingerprint {
  /** The version for replies rendered by a hosted server's own template. */
  public static final String SERVER = ReplyPrompt.VERSION + "+chat:server";

  private ChatTemplateFingerprint() {}

  /** {@code qa-prompt-N+chat:<12 hex of SHA-256 of chat_template>} for a model folder. */
  public static String version(Path modelDir) {
    try {
      JsonNode config =
          Json.MAPPER.readTree(Files.readAllBytes(modelDir.resolve("tokenizer_config.json")));
      JsonNode t = config.get("chat_template");
      String text = t == null ? "" : t.isTextual() ? t.asText() : t.toString();
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return ReplyPrompt.VERSION + "+chat:" + HexFormat.of().formatHex(hash).substring(0, 12);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
