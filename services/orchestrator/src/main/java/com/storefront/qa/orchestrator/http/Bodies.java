package com.storefront.qa.orchestrator.http;

import com.storefront.qa.contracts.event.AnswerEvent;
import java.util.List;

/**
 * The API's own response bodies (the answer itself is the contracts' {@link AnswerEvent}, byte for
 * byte the JSON on storefront.answers.v1). Records, so the OpenAPI document shows their shape.
 */
public final class Bodies {
  private Bodies() {}

  /** Every error: {@code {"error": {"reason": ..., "detail": ...}}}. */
  public record ErrorBody(Error error) {}

  /**
   * @param reason a {@code RejectReason} name for validation errors, else one of {@link ApiError}
   * @param detail which field and what is wrong, or what to do
   */
  public record Error(String reason, String detail) {}

  /** GET …/answers: every revision so far, lowest first. */
  public record Revisions(String questionId, List<AnswerEvent> revisions) {}

  /** 202: accepted, no answer within the wait; poll {@code answers}. */
  public record Pending(String questionId, String status, String answers) {}
}
