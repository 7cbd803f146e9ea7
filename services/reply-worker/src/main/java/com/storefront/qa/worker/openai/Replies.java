package com.storefront.qa.worker.openai;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.FinishReason;

/**
 * OpenAI's response shapes for one request: {@code chat.completion}, {@code chat.completion.chunk}
 * and usage. One instance per request, so every chunk carries the same id, created time and model.
 */
final class Replies {
  private static final JsonNodeFactory F = JsonNodeFactory.instance;
  private final String id;
  private final long created;
  private final String model;
  private final boolean usageInChunks;

  Replies(String id, String model, boolean usageInChunks) {
    this.id = id;
    this.created = System.currentTimeMillis() / 1000;
    this.model = model;
    this.usageInChunks = usageInChunks;
  }

  /**
   * OpenAI's finish reasons: eos or a stop string is {@code stop}, the token budget {@code length}.
   */
  static String finishReason(FinishReason r) {
    return r == FinishReason.STOP ? "stop" : "length";
  }

  static ObjectNode usage(Completion c) {
    ObjectNode u = F.objectNode();
    u.put("prompt_tokens", c.promptTokens());
    u.put("completion_tokens", c.completionTokens());
    u.put("total_tokens", c.promptTokens() + c.completionTokens());
    return u;
  }

  ObjectNode completion(Completion c) {
    ObjectNode o = head("chat.completion");
    ObjectNode choice = o.putArray("choices").addObject();
    choice.put("index", 0);
    ObjectNode msg = choice.putObject("message");
    msg.put("role", "assistant");
    msg.put("content", c.text());
    msg.putNull("refusal");
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason(c.finishReason()));
    o.set("usage", usage(c));
    return o;
  }

  /** The first chunk: the assistant role and no text yet, as OpenAI sends it. */
  ObjectNode roleChunk() {
    ObjectNode delta = F.objectNode().put("role", "assistant").put("content", "");
    return chunk(delta, null);
  }

  ObjectNode textChunk(String text) {
    return chunk(F.objectNode().put("content", text), null);
  }

  ObjectNode finishChunk(FinishReason reason) {
    return chunk(F.objectNode(), finishReason(reason));
  }

  /** With {@code stream_options.include_usage}: no choices, the request's usage. */
  ObjectNode usageChunk(Completion c) {
    ObjectNode o = head("chat.completion.chunk");
    o.putArray("choices");
    o.set("usage", usage(c));
    return o;
  }

  private ObjectNode chunk(ObjectNode delta, String finishReason) {
    ObjectNode o = head("chat.completion.chunk");
    ArrayNode choices = o.putArray("choices");
    ObjectNode choice = choices.addObject();
    choice.put("index", 0);
    choice.set("delta", delta);
    choice.putNull("logprobs");
    choice.put("finish_reason", finishReason);
    if (usageInChunks) {
      o.putNull("usage"); // OpenAI: every chunk has usage null, the last one has the figures
    }
    return o;
  }

  private ObjectNode head(String object) {
    ObjectNode o = F.objectNode();
    o.put("id", id);
    o.put("object", object);
    o.put("created", created);
    o.put("model", model);
    o.putNull("system_fingerprint");
    return o;
  }
}
