package com.storefront.qa.llm.api;

import java.util.Objects;

/**
 * One turn of a conversation, as the model's chat template reads it.
 *
 * @param role {@code system}, {@code user} or {@code assistant} (whatever the template accepts)
 * @param content the turn's text
 */
public record ChatMessage(String role, String content) {
  public ChatMessage {
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(content, "content");
  }
}
