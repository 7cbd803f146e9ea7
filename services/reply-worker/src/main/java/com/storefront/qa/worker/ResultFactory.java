package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.worker.backend.BackendReply;
import com.storefront.qa.worker.backend.GenerationBackend;
import java.time.Duration;
import java.time.Instant;

/**
 * Builds result events with their provenance: backend, model, revision, prompt template version,
 * params actually used, seed, worker, and why earlier backends were passed over. A FAILED result
 * never carries text: a reply cut by its deadline is not a reply.
 */
final class ResultFactory {
  private final String defaultModel;
  private final String defaultRevision;
  private final String workerId;

  /**
   * @param defaultModel model named by results written without generating (the worker's first
   *     backend)
   */
  ResultFactory(String defaultModel, String defaultRevision, String workerId) {
    this.defaultModel = defaultModel;
    this.defaultRevision = defaultRevision;
    this.workerId = workerId;
  }

  /** A finished generation: COMPLETED for STOP/LENGTH, FAILED (without text) for DEADLINE. */
  GenerationResult fromReply(
      GenerationRequest req, BackendReply r, String fallbackReason, Duration latency, Instant now) {
    boolean ok = r.finishReason() == FinishReason.STOP || r.finishReason() == FinishReason.LENGTH;
    String error =
        switch (r.finishReason()) {
          case STOP, LENGTH -> null;
          case DEADLINE -> "deadline " + req.deadline() + " passed during generation";
          case ERROR -> "the backend failed while generating";
        };
    return new GenerationResult(
        GenerationResult.SCHEMA_VERSION,
        req.requestId(),
        req.questionId(),
        req.shopId(),
        ok ? GenerationStatus.COMPLETED : GenerationStatus.FAILED,
        ok ? r.text() : null,
        r.finishReason().name(),
        r.model(),
        r.modelRevision(),
        r.used(),
        req.seed(),
        r.promptTokens(),
        r.completionTokens(),
        latency.toMillis(),
        ok && Double.isFinite(r.meanLogProb()) ? r.meanLogProb() : null,
        error,
        workerId,
        now,
        r.backend(),
        r.promptTemplateVersion(),
        fallbackReason);
  }

  /** A request that was not generated at all (deadline passed on receipt, invalid). */
  GenerationResult failed(
      GenerationRequest req,
      GenerationParams used,
      FinishReason reason,
      String error,
      Duration latency,
      Instant now) {
    return failed(req, used, reason, error, latency, now, null, null);
  }

  /**
   * A request that was not (or not successfully) generated.
   *
   * @param backend the last backend tried, or null when none was
   */
  GenerationResult failed(
      GenerationRequest req,
      GenerationParams used,
      FinishReason reason,
      String error,
      Duration latency,
      Instant now,
      GenerationBackend backend,
      String fallbackReason) {
    return new GenerationResult(
        GenerationResult.SCHEMA_VERSION,
        req.requestId(),
        req.questionId(),
        req.shopId(),
        GenerationStatus.FAILED,
        null,
        reason.name(),
        backend == null ? defaultModel : backend.model(),
        backend == null ? defaultRevision : backend.modelRevision(),
        used,
        req.seed(),
        0,
        0,
        latency.toMillis(),
        null,
        error,
        workerId,
        now,
        backend == null ? null : backend.name(),
        null,
        fallbackReason);
  }
}
