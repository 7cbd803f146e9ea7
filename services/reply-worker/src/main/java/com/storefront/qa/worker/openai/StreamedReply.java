package com.storefront.qa.worker.openai;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.FinishReason;
import io.vertx.core.Context;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * One streaming answer as server-sent events in OpenAI's shape: {@code data: <chunk>} per text
 * delta, a chunk with the finish reason, optionally a usage chunk, then {@code data: [DONE]}.
 *
 * <p>Every method runs on the request's Vert.x context (the engine's thread only hands text over),
 * so the state needs no locking and events leave in the order the engine produced them. The status
 * line and headers go out with the first event, not before: a request the engine rejects before any
 * text (a prompt longer than the context) still gets a plain 400 with OpenAI's error body.
 */
final class StreamedReply {
  private final RoutingContext ctx;
  private final Context context;
  private final Replies replies;
  private final boolean includeUsage;
  private boolean started;

  StreamedReply(RoutingContext ctx, Context context, Replies replies, boolean includeUsage) {
    this.ctx = ctx;
    this.context = context;
    this.replies = replies;
    this.includeUsage = includeUsage;
  }

  /** Called on the engine's scheduler thread: must not block, so it only hands over. */
  void onText(String delta) {
    context.runOnContext(v -> send(replies.textChunk(delta)));
  }

  /** Called once when the engine's future completes, on whichever thread completed it. */
  void onDone(Completion c, Throwable failure) {
    context.runOnContext(v -> finish(c, failure));
  }

  private void finish(Completion c, Throwable failure) {
    HttpServerResponse r = ctx.response();
    if (r.ended() || r.closed()) {
      return; // the client went away (its generation was cancelled)
    }
    ApiError error =
        failure != null
            ? Exchange.fromEngine(failure)
            : c.finishReason() == FinishReason.ERROR
                ? ApiError.server("The engine failed while generating.")
                : null;
    if (error != null && !started) {
      Exchange.error(ctx, error);
      return;
    }
    if (error != null) {
      write(error.body()); // OpenAI reports a failure after the first chunk as an error event
    } else {
      send(replies.finishChunk(c.finishReason()));
      if (includeUsage) {
        write(replies.usageChunk(c));
      }
    }
    r.end("data: [DONE]\n\n");
  }

  /** A choice chunk; the first one is preceded by the headers and the role chunk. */
  private void send(JsonNode chunk) {
    if (ctx.response().ended() || ctx.response().closed()) {
      return;
    }
    if (!started) {
      started = true;
      ctx.response()
          .setStatusCode(200)
          .setChunked(true)
          .putHeader("Content-Type", "text/event-stream; charset=utf-8")
          .putHeader("Cache-Control", "no-cache")
          .putHeader("X-Accel-Buffering", "no"); // proxies must not hold events back
      write(replies.roleChunk());
    }
    write(chunk);
  }

  private void write(JsonNode event) {
    ctx.response().write("data: " + event + "\n\n");
  }
}
