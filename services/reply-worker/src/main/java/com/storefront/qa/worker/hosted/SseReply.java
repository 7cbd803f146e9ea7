package com.storefront.qa.worker.hosted;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.worker.backend.BackendException;
import java.io.IOException;

/**
 * Reads a chat-completions event stream line by line ({@code data: {chunk}} events, blank-line
 * separated, {@code data: [DONE]} at the end) and gathers the reply. The reply counts only once a
 * chunk has said why it finished; a stream that ends before that was cut, and a chunk that is not
 * the protocol's JSON is malformed: both fail, the text gathered so far is dropped.
 */
final class SseReply {
  /** A reply longer than this is not a storefront reply: the server is looping. */
  static final int MAX_CHARS = 64 * 1024;

  private final StringBuilder data = new StringBuilder();
  private final StringBuilder text = new StringBuilder();
  private String finish;
  private String model;
  private String fingerprint;
  private int promptTokens;
  private int completionTokens;
  private boolean done;

  /** One line of the stream, without its line ending. */
  void line(String raw) {
    String line = raw.endsWith("\r") ? raw.substring(0, raw.length() - 1) : raw;
    if (line.isEmpty()) {
      dispatch();
    } else if (line.startsWith("data:")) {
      if (!data.isEmpty()) {
        data.append('\n');
      }
      data.append(line.startsWith("data: ") ? line.substring(6) : line.substring(5));
    }
    // comments (":"), "event:", "id:" and "retry:" lines carry nothing for chat completions
  }

  private void dispatch() {
    if (data.isEmpty()) {
      return;
    }
    String event = data.toString();
    data.setLength(0);
    if (done) {
      return;
    }
    if (event.equals("[DONE]")) {
      done = true;
      return;
    }
    JsonNode chunk;
    try {
      chunk = Json.MAPPER.readTree(event);
    } catch (IOException e) {
      throw malformed("a stream chunk is not JSON");
    }
    if (chunk == null || !chunk.isObject()) {
      throw malformed("a stream chunk is not a JSON object");
    }
    if (chunk.hasNonNull("error")) {
      throw new BackendException(
          BackendException.Kind.RETRIABLE,
          "the server sent an error in the stream: "
              + snippet(chunk.get("error").path("message").asText(chunk.get("error").toString())));
    }
    read(chunk);
  }

  private void read(JsonNode chunk) {
    if (chunk.hasNonNull("model")) {
      model = chunk.get("model").asText();
    }
    if (chunk.hasNonNull("system_fingerprint")) {
      fingerprint = chunk.get("system_fingerprint").asText();
    }
    JsonNode usage = chunk.get("usage");
    if (usage != null && usage.isObject()) {
      promptTokens = usage.path("prompt_tokens").asInt(promptTokens);
      completionTokens = usage.path("completion_tokens").asInt(completionTokens);
    }
    JsonNode choices = chunk.get("choices");
    if (choices == null || !choices.isArray()) {
      throw malformed("a stream chunk has no choices array");
    }
    for (JsonNode c : choices) {
      if (c.path("index").asInt(0) != 0) {
        continue;
      }
      JsonNode delta = c.get("delta");
      if (delta == null || !delta.isObject()) {
        throw malformed("a stream choice has no delta object");
      }
      JsonNode content = delta.get("content");
      if (content != null && !content.isNull()) {
        if (!content.isTextual()) {
          throw malformed("delta.content is not a string");
        }
        text.append(content.asText());
        if (text.length() > MAX_CHARS) {
          throw malformed("the reply exceeds " + MAX_CHARS + " characters");
        }
      }
      if (c.hasNonNull("finish_reason")) {
        finish = c.get("finish_reason").asText();
      }
    }
  }

  /** Whether any reply text has arrived yet. */
  boolean hasText() {
    return !text.isEmpty();
  }

  /** Whether the {@code [DONE]} event arrived. */
  boolean isDone() {
    return done;
  }

  /**
   * The stream has ended: the whole reply, or why there is none.
   *
   * @throws BackendException when the stream was cut or finished for a reason that is no reply
   */
  Finished end() {
    dispatch(); // a last event without its blank line
    if (finish == null) {
      throw new BackendException(
          BackendException.Kind.RETRIABLE,
          "the stream ended before the reply finished (" + text.length() + " chars dropped)");
    }
    FinishReason reason =
        switch (finish) {
          case "stop" -> FinishReason.STOP;
          case "length" -> FinishReason.LENGTH;
          default ->
              throw new BackendException(
                  BackendException.Kind.NEXT_BACKEND,
                  "the server finished with " + snippet(finish) + ", not a reply");
        };
    return new Finished(
        text.toString(), reason, model, fingerprint, promptTokens, completionTokens);
  }

  /** What a finished stream said. */
  record Finished(
      String text,
      FinishReason reason,
      String model,
      String fingerprint,
      int promptTokens,
      int completionTokens) {}

  private static BackendException malformed(String what) {
    return new BackendException(BackendException.Kind.RETRIABLE, "malformed stream: " + what);
  }

  static String snippet(String s) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= 200 ? one : one.substring(0, 200) + "…";
  }
}
