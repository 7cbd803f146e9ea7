package com.storefront.qa.worker.hosted;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.worker.backend.BackendRequest;

/**
 * The {@code /v1/chat/completions} request body for a backend request, and the decoding parameters
 * it really asks for.
 *
 * <p>Mapping: {@code max_tokens}, {@code seed}, {@code stop} always; greedy decoding is {@code
 * temperature 0}; sampling sends {@code temperature} and {@code top_p}; {@code top_k}, {@code
 * min_p} and {@code repetition_penalty} only with {@code samplingExtras} (vLLM's extra sampling
 * fields), and otherwise are recorded as not applied. The stream asks for usage in its last chunk.
 */
record ChatBody(String json, GenerationParams used) {

  static ChatBody of(BackendRequest r, String model, boolean samplingExtras) {
    DecodingParams p = r.params();
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("model", model);
    ArrayNode messages = o.putArray("messages");
    for (ChatMessage m : r.messages()) {
      messages.addObject().put("role", m.role()).put("content", m.content());
    }
    o.put("stream", true);
    o.putObject("stream_options").put("include_usage", true);
    o.put("max_tokens", p.maxNewTokens());
    o.put("seed", r.seed());
    if (!p.stopStrings().isEmpty()) {
      ArrayNode stop = o.putArray("stop");
      p.stopStrings().forEach(stop::add);
    }
    int topK = 0;
    double minP = 0;
    double penalty = 1.0;
    if (samplingExtras && p.repetitionPenalty() != 1.0) {
      penalty = p.repetitionPenalty();
      o.put("repetition_penalty", penalty);
    }
    if (!p.doSample()) {
      o.put("temperature", 0.0);
    } else {
      o.put("temperature", p.temperature());
      o.put("top_p", p.topP());
      if (samplingExtras && p.topK() > 0) {
        topK = p.topK();
        o.put("top_k", topK);
      }
      if (samplingExtras && p.minP() > 0) {
        minP = p.minP();
        o.put("min_p", minP);
      }
    }
    GenerationParams used =
        new GenerationParams(
            p.doSample(),
            p.temperature(),
            topK,
            p.topP(),
            minP,
            penalty,
            p.maxNewTokens(),
            p.stopStrings());
    return new ChatBody(o.toString(), used);
  }
}
