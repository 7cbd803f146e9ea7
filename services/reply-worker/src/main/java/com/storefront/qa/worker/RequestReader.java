package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.prompt.ReplyPrompt;
import com.storefront.qa.worker.backend.BackendRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Turns one consumed request record into work for a backend (the prompt assembled by {@link
 * ReplyPrompt}: system prompt with product and shop, thread turns within the budget, the question),
 * or into a result that can be written at once (deadline already passed, request invalid), or marks
 * it unreadable. Pure: no Kafka, no backend, no state.
 */
final class RequestReader {
  /** What to do with a record. */
  sealed interface Outcome permits Generate, AnswerNow, Unreadable {}

  /** Hand to a backend. */
  record Generate(GenerationRequest request, BackendRequest work, GenerationParams used)
      implements Outcome {}

  /** Write this result without generating. */
  record AnswerNow(GenerationResult result) implements Outcome {}

  /** Not a request at all (not JSON, tombstone): skip it and commit past it. */
  record Unreadable(String reason) implements Outcome {}

  private final ResultFactory results;
  private final int maxNewTokensCap;
  private final int threadTokenBudget;

  RequestReader(ResultFactory results, int maxNewTokensCap, int threadTokenBudget) {
    this.results = results;
    this.maxNewTokensCap = maxNewTokensCap;
    this.threadTokenBudget = threadTokenBudget;
  }

  /** Reads {@code value} (the record's bytes) with {@code key} as a fallback id. */
  Outcome read(String key, byte[] value, Instant now) {
    GenerationRequest req;
    try {
      if (value == null) {
        throw new IllegalArgumentException("null value (tombstone)");
      }
      req = Json.fromBytes(value, GenerationRequest.class);
    } catch (RuntimeException e) {
      return new Unreadable(ErrorClassifier.describe(e));
    }
    req = withIds(req, key);
    GenerationParams requested = req.params() == null ? GenerationParams.defaults() : req.params();
    if (req.deadline() != null && !now.isBefore(req.deadline())) {
      return failed(
          req,
          requested,
          FinishReason.DEADLINE,
          "deadline " + req.deadline() + " had passed when the worker received the request",
          now);
    }
    DecodingParams params;
    try {
      if (req.userMessage() == null || req.userMessage().isBlank()) {
        throw new InvalidRequestException("userMessage is missing");
      }
      params = ParamsMapper.toDecoding(req.params(), maxNewTokensCap);
    } catch (InvalidRequestException e) {
      return failed(req, requested, FinishReason.ERROR, "invalid request: " + e.getMessage(), now);
    }
    BackendRequest work =
        new BackendRequest(
            req.requestId(),
            ReplyPrompt.messages(
                req.systemPrompt(),
                req.productName(),
                req.shopName(),
                ThreadContext.fit(req.history(), threadTokenBudget),
                req.userMessage()),
            params,
            req.seed(),
            req.deadline());
    return new Generate(req, work, ParamsMapper.toContract(params));
  }

  /** The FAILED result for work whose backend order names no backend this worker runs. */
  GenerationResult noBackend(Generate g, List<String> skipped, Instant now) {
    return results.failed(
        g.request(),
        g.used(),
        FinishReason.ERROR,
        "no generation backend of the request's order runs on this worker",
        Duration.ZERO,
        now,
        null,
        String.join("; ", skipped));
  }

  private AnswerNow failed(
      GenerationRequest req,
      GenerationParams params,
      FinishReason reason,
      String error,
      Instant now) {
    return new AnswerNow(results.failed(req, params, reason, error, Duration.ZERO, now));
  }

  /** Fills a missing requestId from the questionId or the record key. */
  static GenerationRequest withIds(GenerationRequest r, String key) {
    if (r.requestId() != null && !r.requestId().isBlank()) {
      return r;
    }
    return r.withRequestId(r.questionId() != null ? r.questionId() : key != null ? key : "unknown");
  }
}
