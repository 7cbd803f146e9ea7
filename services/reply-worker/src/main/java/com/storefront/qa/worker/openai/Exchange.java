package com.storefront.qa.worker.openai;

import com.fasterxml.jackson.databind.JsonNode;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionException;

/** Writing JSON answers and OpenAI error bodies; mapping engine failures to API errors. */
final class Exchange {
  private Exchange() {}

  static void json(RoutingContext ctx, int status, JsonNode body) {
    HttpServerResponse r = ctx.response();
    if (r.ended() || r.closed()) {
      return; // the client went away; nobody to answer
    }
    r.setStatusCode(status).putHeader("Content-Type", "application/json").end(body.toString());
  }

  static void error(RoutingContext ctx, ApiError e) {
    if (e.status() == 401) {
      ctx.response().putHeader("WWW-Authenticate", "Bearer");
    }
    json(ctx, e.status(), e.body());
  }

  /**
   * What a failed engine future means for the client: the engine rejects invalid input (a prompt
   * longer than the context, a conversation the chat template refuses) with
   * IllegalArgumentException, which is the client's fault; anything else is the server's.
   */
  static ApiError fromEngine(Throwable t) {
    Throwable c = t instanceof CompletionException && t.getCause() != null ? t.getCause() : t;
    if (c instanceof ApiError a) {
      return a;
    }
    if (c instanceof IllegalArgumentException) {
      return ApiError.invalid("messages", c.getMessage());
    }
    if (c instanceof IllegalStateException || c instanceof CancellationException) {
      return ApiError.unavailable("The model is not available: " + c.getMessage());
    }
    return ApiError.server("The engine failed: " + c.getClass().getSimpleName());
  }
}
