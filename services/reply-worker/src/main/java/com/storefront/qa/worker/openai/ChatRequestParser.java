package com.storefront.qa.worker.openai;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.DecodingParams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Turns an OpenAI chat request body into a {@link ChatRequest}, or a 400 {@link ApiError} naming
 * the parameter. OpenAI's defaults apply (temperature 1, top_p 1); {@code top_k}, {@code min_p} and
 * {@code repetition_penalty} are accepted as vLLM-style extra fields. Options the engine cannot
 * honour (n &gt; 1, tools, logprobs, non-zero presence/frequency penalties, JSON modes) are refused
 * rather than silently ignored.
 */
final class ChatRequestParser {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ROLES = Set.of("system", "developer", "user", "assistant");
  private static final int MAX_STOPS = 4;

  private final int maxTokens;

  ChatRequestParser(int maxTokens) {
    this.maxTokens = maxTokens;
  }

  ChatRequest parse(String body) {
    JsonNode root;
    try {
      root = body == null || body.isBlank() ? null : JSON.readTree(body);
    } catch (JsonProcessingException e) {
      root = null;
    }
    if (root == null || !root.isObject()) {
      throw ApiError.invalid(
          null, "We could not parse the JSON body of your request. Expected a JSON object.");
    }
    Fields f = new Fields(root);
    refuseUnsupported(f);
    List<ChatMessage> messages = messages(root.get("messages"));
    double temperature = f.number("temperature", 1.0, 0, 2);
    double topP = f.number("top_p", 1.0, Double.MIN_VALUE, 1);
    int topK = (int) f.integer("top_k", 0, -1, Integer.MAX_VALUE);
    double minP = f.number("min_p", 0.0, 0, 1);
    double penalty = f.number("repetition_penalty", 1.0, Double.MIN_VALUE, Double.MAX_VALUE);
    String budgetKey = f.has("max_completion_tokens") ? "max_completion_tokens" : "max_tokens";
    int budget = (int) f.integer(budgetKey, maxTokens, 1, maxTokens);
    long seed =
        f.integer("seed", ThreadLocalRandom.current().nextLong(), Long.MIN_VALUE, Long.MAX_VALUE);
    List<String> stops = stops(root.get("stop"));
    boolean greedy = temperature == 0; // OpenAI's temperature 0 is greedy decoding
    DecodingParams params =
        new DecodingParams(
            !greedy,
            greedy ? 1.0 : temperature,
            Math.max(0, topK), // vLLM's -1 and HF's 0 both mean "no top-k"
            topP,
            minP,
            penalty,
            budget,
            stops);
    boolean stream = f.bool("stream", false);
    JsonNode options = root.get("stream_options");
    boolean usage =
        options != null && options.isObject() && options.path("include_usage").asBoolean(false);
    return new ChatRequest(f.string("model"), messages, params, seed, stream, stream && usage);
  }

  private static void refuseUnsupported(Fields f) {
    if (f.integer("n", 1, 1, Integer.MAX_VALUE) != 1) {
      throw ApiError.invalid("n", "Only n=1 is supported.");
    }
    for (String p : List.of("presence_penalty", "frequency_penalty")) {
      if (f.number(p, 0.0, -2, 2) != 0.0) {
        throw ApiError.invalid(p, p + " is not supported; use repetition_penalty.");
      }
    }
    for (String p : List.of("tools", "functions", "logit_bias")) {
      if (f.nonEmpty(p)) {
        throw ApiError.invalid(p, p + " is not supported by this server.");
      }
    }
    if (f.bool("logprobs", false)) {
      throw ApiError.invalid("logprobs", "logprobs is not supported by this server.");
    }
    if (f.has("response_format")
        && !"text".equals(f.root.path("response_format").path("type").asText("text"))) {
      throw ApiError.invalid("response_format", "Only response_format type text is supported.");
    }
  }

  private static List<ChatMessage> messages(JsonNode node) {
    if (node == null || node.isNull()) {
      throw ApiError.invalid("messages", "Missing required parameter: 'messages'.");
    }
    if (!node.isArray() || node.isEmpty()) {
      throw ApiError.invalid("messages", "'messages' must be a non-empty array.");
    }
    List<ChatMessage> out = new ArrayList<>();
    for (int i = 0; i < node.size(); i++) {
      JsonNode m = node.get(i);
      String param = "messages[" + i + "]";
      String role = m.path("role").isTextual() ? m.get("role").asText() : null;
      if (role == null || !ROLES.contains(role)) {
        throw ApiError.invalid(
            param + ".role", "role must be one of system, developer, user, assistant.");
      }
      // "developer" is the newer name of the system turn; templates only know "system".
      out.add(
          new ChatMessage(
              role.equals("developer") ? "system" : role, content(m.get("content"), param)));
    }
    return out;
  }

  /** A string, or an array of text parts (joined), as OpenAI accepts. */
  private static String content(JsonNode c, String param) {
    if (c != null && c.isTextual()) {
      return c.asText();
    }
    if (c != null && c.isArray()) {
      StringBuilder sb = new StringBuilder();
      for (JsonNode part : c) {
        if (!"text".equals(part.path("type").asText()) || !part.path("text").isTextual()) {
          throw ApiError.invalid(param + ".content", "Only text content parts are supported.");
        }
        sb.append(part.get("text").asText());
      }
      return sb.toString();
    }
    throw ApiError.invalid(
        param + ".content", "content must be a string or an array of text parts.");
  }

  private static List<String> stops(JsonNode s) {
    if (s == null || s.isNull()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    if (s.isTextual()) {
      out.add(s.asText());
    } else if (s.isArray() && s.size() <= MAX_STOPS) {
      s.forEach(e -> out.add(e.isTextual() ? e.asText() : ""));
    } else {
      throw ApiError.invalid("stop", "stop must be a string or an array of up to 4 strings.");
    }
    if (out.stream().anyMatch(String::isEmpty)) {
      throw ApiError.invalid("stop", "stop strings must be non-empty strings.");
    }
    return out;
  }
}
