package com.storefront.qa.worker.openai;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * A request the server refuses, with OpenAI's error body: {@code {"error": {"message", "type",
 * "param", "code"}}}. Clients (the official SDKs) map the status to their exception types and read
 * the message from this body.
 */
public final class ApiError extends RuntimeException {
  private final int status;
  private final String type;
  private final String param;
  private final String code;

  /** An error with the given HTTP status, OpenAI error type, offending parameter and code. */
  public ApiError(int status, String type, String param, String code, String message) {
    super(message, null, false, false); // control flow for the client, no stack trace needed
    this.status = status;
    this.type = type;
    this.param = param;
    this.code = code;
  }

  /** 400 {@code invalid_request_error} about {@code param} (null when it is the whole body). */
  public static ApiError invalid(String param, String message) {
    return new ApiError(400, "invalid_request_error", param, null, message);
  }

  /** 401: no bearer token, or not one of the configured keys. */
  public static ApiError unauthorized(String message) {
    return new ApiError(401, "invalid_request_error", null, "invalid_api_key", message);
  }

  /** 503 while the model is loading or the worker is stopping. */
  public static ApiError unavailable(String message) {
    return new ApiError(503, "server_error", null, "model_not_ready", message);
  }

  /** 500: the engine could not generate. */
  public static ApiError server(String message) {
    return new ApiError(500, "server_error", null, null, message);
  }

  public int status() {
    return status;
  }

  /** The {@code {"error": {...}}} body. */
  public ObjectNode body() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    ObjectNode e = root.putObject("error");
    e.put("message", getMessage());
    e.put("type", type);
    e.put("param", param);
    e.put("code", code);
    return root;
  }
}
