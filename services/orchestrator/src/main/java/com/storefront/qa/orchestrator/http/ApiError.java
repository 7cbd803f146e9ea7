package com.storefront.qa.orchestrator.http;

import com.storefront.qa.contracts.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Error responses, all of one shape: {@code {"error": {"reason": "MISSING_FIELD", "detail": "text:
 * required"}}}. Validation errors use the Kafka intake's {@code RejectReason} names (the same
 * parser decides); the others are the reasons below.
 */
public final class ApiError {
  /** No API key, or one that is not configured. */
  public static final String UNAUTHORIZED = "UNAUTHORIZED";

  /** The key is valid but the question (or answer) belongs to another shop. */
  public static final String SHOP_MISMATCH = "SHOP_MISMATCH";

  /** The key's token bucket is empty; see {@code Retry-After}. */
  public static final String RATE_LIMITED = "RATE_LIMITED";

  /** No answer for this questionId (yet), or not one this key may see. */
  public static final String NOT_FOUND = "NOT_FOUND";

  /** The questionId was already used by another shop. */
  public static final String QUESTION_ID_TAKEN = "QUESTION_ID_TAKEN";

  /** The broker could not take the question, or the answers view is still starting. */
  public static final String UNAVAILABLE = "UNAVAILABLE";

  private ApiError() {}

  /** A response with the error body. */
  public static Response of(Response.Status status, String reason, String detail) {
    return builder(status, reason, detail).build();
  }

  /** As {@link #of}, for callers that add headers. */
  public static Response.ResponseBuilder builder(
      Response.Status status, String reason, String detail) {
    String body = Json.toJson(new Bodies.ErrorBody(new Bodies.Error(reason, detail)));
    return Response.status(status).type(MediaType.APPLICATION_JSON).entity(body);
  }
}
