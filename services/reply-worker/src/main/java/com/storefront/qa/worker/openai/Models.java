package com.storefront.qa.worker.openai;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.llm.api.TextGenerator;
import io.vertx.ext.web.RoutingContext;
import java.util.function.Supplier;

/** {@code GET /v1/models} and {@code /v1/models/{id}}: the one model this worker serves. */
final class Models {
  private final Supplier<TextGenerator> engines;
  private final long created = System.currentTimeMillis() / 1000;

  Models(Supplier<TextGenerator> engines) {
    this.engines = engines;
  }

  void list(RoutingContext ctx) {
    ObjectNode o = JsonNodeFactory.instance.objectNode();
    o.put("object", "list");
    o.putArray("data").add(model(engine()));
    Exchange.json(ctx, 200, o);
  }

  void one(RoutingContext ctx) {
    TextGenerator engine = engine();
    String id = ctx.pathParam("id");
    if (!engine.modelInfo().name().equals(id)) {
      throw new ApiError(
          404,
          "invalid_request_error",
          "model",
          "model_not_found",
          "The model `" + id + "` does not exist.");
    }
    Exchange.json(ctx, 200, model(engine));
  }

  private TextGenerator engine() {
    TextGenerator e = engines.get();
    if (e == null) {
      throw ApiError.unavailable("The model is loading; retry shortly.");
    }
    return e;
  }

  private ObjectNode model(TextGenerator engine) {
    ObjectNode m = JsonNodeFactory.instance.objectNode();
    m.put("id", engine.modelInfo().name());
    m.put("object", "model");
    m.put("created", created);
    m.put("owned_by", "storefront-qa");
    return m;
  }
}
