package com.storefront.qa.llm.chat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.hubspot.jinjava.Jinjava;
import com.hubspot.jinjava.JinjavaConfig;
import com.hubspot.jinjava.interpret.RenderResult;
import com.hubspot.jinjava.interpret.TemplateError;
import com.hubspot.jinjava.lib.fn.ELFunctionDefinition;
import com.storefront.qa.llm.config.Json;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Renders the model's {@code chat_template} (tokenizer_config.json) with Jinjava the way
 * HuggingFace {@code apply_chat_template(add_generation_prompt=True)} does: trim_blocks and
 * lstrip_blocks on, special token strings in scope, and {@code raise_exception} available.
 */
public final class ChatTemplate {
  /** Jinjava swallows exceptions from functions; remember the message for the error. */
  private static final ThreadLocal<String> RAISED = new ThreadLocal<>();

  private final String template;
  private final Map<String, Object> specials;
  private final Jinjava jinjava;

  /** Creates a renderer for {@code template} with the given special token strings in scope. */
  public ChatTemplate(String template, Map<String, Object> specials) {
    this.template = template;
    this.specials = Map.copyOf(specials);
    this.jinjava =
        new Jinjava(
            JinjavaConfig.newBuilder()
                .withTrimBlocks(true)
                .withLstripBlocks(true)
                // user text containing "{{ }}" must be printed, never re-interpreted
                .withNestedInterpretationEnabled(false)
                .build());
    // Jinjava has no raise_exception; templates call it to reject bad conversations.
    jinjava
        .getGlobalContext()
        .registerFunction(
            new ELFunctionDefinition(
                "", "raise_exception", ChatTemplate.class, "raiseException", String.class));
  }

  /** Loads {@code chat_template} and bos/eos/pad/unk token strings from tokenizer_config.json. */
  public static ChatTemplate load(Path dir) {
    Json j = Json.read(dir.resolve("tokenizer_config.json"));
    JsonObject o = j.raw();
    JsonElement t = o.get("chat_template");
    String text = null;
    if (t != null && t.isJsonPrimitive()) {
      text = t.getAsString();
    } else if (t != null && t.isJsonArray()) {
      for (JsonElement e : t.getAsJsonArray()) { // named templates: use "default"
        if ("default".equals(e.getAsJsonObject().get("name").getAsString())) {
          text = e.getAsJsonObject().get("template").getAsString();
        }
      }
    }
    if (text == null) {
      throw new IllegalArgumentException(j.file() + ": no chat_template");
    }
    Map<String, Object> specials = new HashMap<>();
    for (String k : List.of("bos_token", "eos_token", "pad_token", "unk_token")) {
      JsonElement e = o.get(k);
      if (e != null && e.isJsonPrimitive()) {
        specials.put(k, e.getAsString());
      } else if (e != null && e.isJsonObject() && e.getAsJsonObject().has("content")) {
        specials.put(k, e.getAsJsonObject().get("content").getAsString());
      }
    }
    return new ChatTemplate(text, specials);
  }

  /** Called from templates as {@code raise_exception('...')}. */
  public static String raiseException(String message) {
    RAISED.set(message);
    throw new IllegalArgumentException("chat template raised: " + message);
  }

  /**
   * Renders a system turn (omitted when null) and one user turn, followed by the generation prompt.
   */
  public String render(String system, String user) {
    List<Map<String, Object>> messages = new ArrayList<>();
    if (system != null) {
      messages.add(Map.of("role", "system", "content", system));
    }
    messages.add(Map.of("role", "user", "content", user));
    return render(messages);
  }

  /** Renders an arbitrary conversation with {@code add_generation_prompt=true}. */
  public String render(List<Map<String, Object>> messages) {
    Map<String, Object> ctx = new HashMap<>(specials);
    ctx.put("messages", messages);
    ctx.put("add_generation_prompt", true);
    RAISED.remove();
    RenderResult r = jinjava.renderForResult(template, ctx);
    for (TemplateError e : r.getErrors()) {
      // Errors inside functions (raise_exception) do not propagate: check FATAL after each render.
      if (e.getSeverity() == TemplateError.ErrorType.FATAL) {
        String raised = RAISED.get();
        throw new IllegalArgumentException(
            "chat template failed: " + (raised != null ? raised : e.getMessage()));
      }
    }
    return r.getOutput();
  }
}
