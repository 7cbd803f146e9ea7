package com.storefront.qa.worker.hosted;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.json.Json;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A stand-in for a hosted model API that speaks the real chat-completions protocol over real HTTP:
 * {@code POST /v1/chat/completions} with {@code stream: true} answered as server-sent events, one
 * {@code data:} chunk per piece of text with a delay between chunks, a last chunk with {@code
 * finish_reason} and {@code usage}, then {@code data: [DONE]}. Each call follows the next queued
 * {@link Script} (or the default): a reply, an HTTP error with headers, a stream cut after some
 * chunks, a malformed chunk, or a server too slow to answer.
 */
public final class ChatStub implements AutoCloseable {
  /** How to answer one call. */
  public record Script(
      int status,
      Map<String, String> headers,
      List<String> pieces,
      Duration firstDelay,
      Duration chunkDelay,
      Integer cutAfter,
      Integer malformedAt) {

    /** A streamed reply in {@code pieces}, {@code chunkDelay} apart. */
    public static Script reply(Duration chunkDelay, String... pieces) {
      return new Script(200, Map.of(), List.of(pieces), Duration.ZERO, chunkDelay, null, null);
    }

    /** An error status with a JSON error body. */
    public static Script status(int status, Map<String, String> headers) {
      return new Script(status, headers, List.of(), Duration.ZERO, Duration.ZERO, null, null);
    }

    /** This script with the connection closed after {@code n} content chunks. */
    public Script cutAfter(int n) {
      return new Script(status, headers, pieces, firstDelay, chunkDelay, n, malformedAt);
    }

    /** This script with chunk {@code n} replaced by bytes that are not JSON. */
    public Script malformedAt(int n) {
      return new Script(status, headers, pieces, firstDelay, chunkDelay, cutAfter, n);
    }

    /** This script answering only after {@code d}. */
    public Script after(Duration d) {
      return new Script(status, headers, pieces, d, chunkDelay, cutAfter, malformedAt);
    }
  }

  /** One call as the stub received it. */
  public record Call(long atNanos, String authorization, JsonNode body) {}

  private final Vertx vertx;
  private final HttpServer server;
  private final ConcurrentLinkedDeque<Script> queue = new ConcurrentLinkedDeque<>();
  private final List<Call> calls = new CopyOnWriteArrayList<>();
  private volatile Script fallback =
      Script.reply(Duration.ofMillis(5), "Thank you! ", "Our staff ", "will answer soon.");

  public ChatStub(Vertx vertx) {
    this.vertx = vertx;
    this.server = vertx.createHttpServer().requestHandler(this::handle);
    try {
      server
          .listen(0, "127.0.0.1")
          .toCompletionStage()
          .toCompletableFuture()
          .get(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new IllegalStateException("stub did not start", e);
    }
  }

  /** The API root to configure, e.g. {@code http://127.0.0.1:PORT/v1}. */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.actualPort() + "/v1");
  }

  /** Queues scripts for the next calls. */
  public ChatStub then(Script... scripts) {
    queue.addAll(List.of(scripts));
    return this;
  }

  /** What every call gets once the queue is empty. */
  public ChatStub always(Script s) {
    queue.clear();
    fallback = s;
    return this;
  }

  public List<Call> calls() {
    return new ArrayList<>(calls);
  }

  private void handle(HttpServerRequest req) {
    if (!req.path().equals("/v1/chat/completions")) {
      req.response().setStatusCode(404).end();
      return;
    }
    req.body()
        .onSuccess(
            b -> {
              JsonNode body;
              try {
                body = Json.MAPPER.readTree(b.getBytes());
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
              calls.add(new Call(System.nanoTime(), req.getHeader("Authorization"), body));
              Script s = queue.poll();
              answer(req.response(), s == null ? fallback : s, body);
            });
  }

  private void answer(HttpServerResponse resp, Script s, JsonNode body) {
    if (s.status() != 200) {
      s.headers().forEach(resp::putHeader);
      resp.setStatusCode(s.status())
          .putHeader("Content-Type", "application/json")
          .end("{\"error\":{\"message\":\"stub says " + s.status() + "\",\"type\":\"stub\"}}");
      return;
    }
    resp.setChunked(true)
        .putHeader("Content-Type", "text/event-stream")
        .putHeader("Cache-Control", "no-cache");
    resp.writeHead();
    String model = body.path("model").asText("stub-model");
    later(s.firstDelay(), () -> chunk(resp, s, model, 0));
  }

  private void chunk(HttpServerResponse resp, Script s, String model, int i) {
    if (resp.closed()) {
      return;
    }
    if (s.cutAfter() != null && i == s.cutAfter()) {
      resp.reset(); // the connection drops mid-reply
      return;
    }
    if (s.malformedAt() != null && i == s.malformedAt()) {
      resp.write("data: {\"choices\":[{\"delta\":{\"content\":\"oops\"\n\n");
    } else if (i < s.pieces().size()) {
      resp.write(event(model, s.pieces().get(i), null, null));
    } else {
      ObjectNode usage = Json.MAPPER.createObjectNode();
      usage.put("prompt_tokens", 21).put("completion_tokens", s.pieces().size());
      resp.write(event(model, null, "stop", null));
      resp.write(event(model, null, null, usage));
      resp.end("data: [DONE]\n\n");
      return;
    }
    later(s.chunkDelay(), () -> chunk(resp, s, model, i + 1));
  }

  private static String event(String model, String content, String finish, ObjectNode usage) {
    ObjectNode o = Json.MAPPER.createObjectNode();
    o.put("id", "chatcmpl-stub").put("object", "chat.completion.chunk").put("model", model);
    o.put("system_fingerprint", "fp_stub1");
    var choices = o.putArray("choices");
    if (usage == null) {
      ObjectNode c = choices.addObject().put("index", 0);
      ObjectNode delta = c.putObject("delta");
      if (content != null) {
        delta.put("content", content);
      }
      if (finish != null) {
        c.put("finish_reason", finish);
      } else {
        c.putNull("finish_reason");
      }
    } else {
      o.set("usage", usage);
    }
    return "data: " + o + "\n\n";
  }

  private void later(Duration d, Runnable r) {
    if (d.isZero()) {
      r.run();
    } else {
      vertx.setTimer(d.toMillis(), id -> r.run());
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
