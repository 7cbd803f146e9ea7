package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.api.ModelInfo;
import java.time.Duration;
import java.time.Instant;

/** Builds result events; every result names the model, revision, params, seed and worker. */
final class ResultFactory {
  private final ModelInfo model;
  private final String workerId;

  ResultFactory(ModelInfo model, String workerId) {
    this.model = model;
    this.workerId = workerId;
  }

  /** A finished generation: COMPLETED for STOP/LENGTH, FAILED for DEADLINE/ERROR. */
  GenerationResult fromCompletion(
      GenerationRequest req, GenerationParams used, Completion c, Duration latency, Instant now) {
    boolean ok = c.finishReason() == FinishReason.STOP || c.finishReason() == FinishReason.LENGTH;
    String error =
        switch (c.finishReason()) {
          case STOP, LENGTH -> null;
          case DEADLINE -> "deadline " + req.deadline() + " passed during generation";
          case ERROR -> "the engine failed while generating";
        };
    return new GenerationResult(
        GenerationResult.SCHEMA_VERSION,
        req.requestId(),
        req.questionId(),
        req.shopId(),
        ok ? GenerationStatus.COMPLETED : GenerationStatus.FAILED,
        c.text(),
        c.finishReason().name(),
        model.name(),
        model.revision(),
        used,
        req.seed(),
        c.promptTokens(),
        c.completionTokens(),
        latency.toMillis(),
        Double.isFinite(c.meanLogProb()) ? c.meanLogProb() : null,
        error,
        workerId,
        now);
  }

  /** A request that was not (or not successfully) generated. */
  GenerationResult failed(
      GenerationRequest req,
      GenerationParams used,
      FinishReason reason,
      String error,
      Duration latency,
      Instant now) {
    return new GenerationResult(
        GenerationResult.SCHEMA_VERSION,
        req.requestId(),
        req.questionId(),
        req.shopId(),
        GenerationStatus.FAILED,
        null,
        reason.name(),
        model.name(),
        model.revision(),
        used,
        req.seed(),
        0,
        0,
        latency.toMillis(),
        null,
        error,
        workerId,
        now);
  }
}
