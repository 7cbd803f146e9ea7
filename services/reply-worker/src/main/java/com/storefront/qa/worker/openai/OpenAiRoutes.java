package com.storefront.qa.worker.openai;

import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.worker.WorkerConfig;
import com.storefront.qa.worker.WorkerLifecycle;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Mounts the OpenAI-compatible API on the worker's HTTP server when {@code
 * qa.worker.openai.enabled=true}: bearer auth on every {@code /v1} route, chat completions, models,
 * and OpenAI's error body for every refusal (bad JSON, unknown route, body too large).
 *
 * <p>Plain Vert.x routes rather than JAX-RS resources: one path answers with JSON, a server-sent
 * event stream or an error chosen from the body, and both modes need the connection's close event
 * to cancel the generation.
 */
@Singleton
public class OpenAiRoutes {
  private static final Logger LOG = Logger.getLogger(OpenAiRoutes.class);

  private final OpenAiSettings settings;
  private final Supplier<TextGenerator> engines;

  /** Validates the configuration: a bad key stops the worker's start with a message naming it. */
  public OpenAiRoutes(OpenAiConfig config, WorkerConfig worker, WorkerLifecycle lifecycle) {
    this.settings = OpenAiSettings.validate(config, worker.maxBatch());
    this.engines =
        () -> lifecycle.phase() == WorkerLifecycle.Phase.READY ? lifecycle.engine() : null;
  }

  void mount(@Observes Router router) {
    if (!settings.enabled()) {
      return;
    }
    BearerAuth auth = new BearerAuth(settings.apiKeys());
    ChatCompletions chat =
        new ChatCompletions(engines, new HttpShare(settings.maxInFlight()), settings);
    Models models = new Models(engines);
    router
        .route("/v1/*")
        .handler(
            ctx -> {
              auth.check(ctx.request().getHeader("Authorization"));
              ctx.next();
            })
        .failureHandler(OpenAiRoutes::failure);
    router
        .post("/v1/chat/completions")
        .handler(BodyHandler.create().setBodyLimit(settings.maxBodyBytes()))
        .blockingHandler(chat::handle, false)
        .failureHandler(OpenAiRoutes::failure);
    router.get("/v1/models").handler(models::list).failureHandler(OpenAiRoutes::failure);
    router.get("/v1/models/:id").handler(models::one).failureHandler(OpenAiRoutes::failure);
    router
        .route("/v1/*")
        .handler(
            ctx -> {
              throw new ApiError(
                  404,
                  "invalid_request_error",
                  null,
                  "unknown_url",
                  "Unknown request URL: "
                      + ctx.request().method()
                      + " "
                      + ctx.request().path()
                      + ".");
            })
        .failureHandler(OpenAiRoutes::failure);
    LOG.infof(
        "OpenAI-compatible API on /v1 (%d key(s), at most %d HTTP generations in flight)",
        settings.apiKeys().size(), settings.maxInFlight());
  }

  /** Every refusal in OpenAI's shape; a status set by Vert.x itself (413) keeps its code. */
  private static void failure(RoutingContext ctx) {
    Throwable t = ctx.failure();
    ApiError e;
    if (t instanceof ApiError a) {
      e = a;
    } else if (t == null && ctx.statusCode() == 413) {
      e =
          new ApiError(
              413,
              "invalid_request_error",
              null,
              "request_too_large",
              "The request body is too large.");
    } else if (t == null && ctx.statusCode() >= 400 && ctx.statusCode() < 500) {
      e =
          new ApiError(
              ctx.statusCode(), "invalid_request_error", null, null, "The request was refused.");
    } else {
      LOG.warn("OpenAI API request failed", t);
      e = ApiError.server("The server failed to handle the request.");
    }
    Exchange.error(ctx, e);
  }
}
