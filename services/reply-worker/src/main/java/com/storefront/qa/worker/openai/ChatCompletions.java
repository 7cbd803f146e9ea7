package com.storefront.qa.worker.openai;

import com.storefront.qa.llm.api.ChatSpec;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.api.TextGenerator;
import io.vertx.core.Context;
import io.vertx.ext.web.RoutingContext;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * {@code POST /v1/chat/completions}: parses the request, admits it within the HTTP share of the
 * engine ({@link HttpShare}), submits it to the same engine (and continuous-batching scheduler) the
 * Kafka loop uses, and answers with one JSON body or a {@link StreamedReply}. When the client's
 * connection closes first, the engine future is cancelled, which takes the sequence out of the
 * batch before the next decode step.
 */
final class ChatCompletions {
  private final Supplier<TextGenerator> engines;
  private final ChatRequestParser parser;
  private final HttpShare share;
  private final OpenAiSettings settings;

  ChatCompletions(Supplier<TextGenerator> engines, HttpShare share, OpenAiSettings settings) {
    this.engines = engines;
    this.parser = new ChatRequestParser(settings.maxTokens());
    this.share = share;
    this.settings = settings;
  }

  /** Runs on a worker thread: rendering the chat template and tokenising take milliseconds. */
  void handle(RoutingContext ctx) {
    TextGenerator engine = engines.get();
    if (engine == null) {
      throw ApiError.unavailable("The model is loading; retry shortly.");
    }
    ChatRequest req = parser.parse(ctx.body().asString());
    String served = engine.modelInfo().name();
    if (req.model() != null && !req.model().equals(served)) {
      throw new ApiError(
          404,
          "invalid_request_error",
          "model",
          "model_not_found",
          "The model `" + req.model() + "` does not exist. This server serves `" + served + "`.");
    }
    String id = "chatcmpl-" + UUID.randomUUID().toString().replace("-", "");
    Replies replies = new Replies(id, served, req.includeUsage());
    ChatSpec spec =
        new ChatSpec(
            id,
            req.messages(),
            req.params(),
            req.seed(),
            Instant.now().plus(settings.requestTimeout()));
    share.acquire(); // throws 429 when the HTTP share of the batch is taken; released below
    Context context = ctx.vertx().getOrCreateContext();
    CompletableFuture<Completion> future;
    if (req.stream()) {
      StreamedReply reply = new StreamedReply(ctx, context, replies, req.includeUsage());
      future = engine.submit(spec, reply::onText);
      future.whenComplete(reply::onDone);
    } else {
      future = engine.submit(spec, delta -> {});
      future.whenComplete((c, t) -> context.runOnContext(v -> answer(ctx, replies, c, t)));
    }
    future.whenComplete((c, t) -> share.release());
    // A client that hangs up frees its slot in the batch instead of generating for nobody.
    ctx.response().closeHandler(v -> future.cancel(false));
    if (ctx.response().closed()) {
      future.cancel(false); // closed before the handler was set
    }
  }

  private static void answer(RoutingContext ctx, Replies replies, Completion c, Throwable t) {
    if (t != null) {
      Exchange.error(ctx, Exchange.fromEngine(t));
    } else if (c.finishReason() == FinishReason.ERROR) {
      Exchange.error(ctx, ApiError.server("The engine failed while generating."));
    } else {
      Exchange.json(ctx, 200, replies.completion(c));
    }
  }
}
