package com.storefront.qa.worker.hosted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.worker.backend.BackendException;
import com.storefront.qa.worker.backend.BackendReply;
import com.storefront.qa.worker.backend.BackendRequest;
import com.storefront.qa.worker.backend.Generation;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

/** The hosted backend against a stub that speaks chat completions over real HTTP and SSE. */
class OpenAiCompatibleBackendTest {
  static final String KEY = "sk-test-9f8e7d6c5b4a-NEVER-LOG-ME";
  static Vertx vertx;
  static final List<String> LOG_TEXT = Collections.synchronizedList(new ArrayList<>());
  static final Handler CAPTURE =
      new Handler() {
        @Override
        public void publish(LogRecord r) {
          StringBuilder b = new StringBuilder(String.valueOf(r.getMessage()));
          if (r.getParameters() != null) {
            for (Object p : r.getParameters()) {
              b.append(' ').append(p);
            }
          }
          for (Throwable t = r.getThrown(); t != null; t = t.getCause()) {
            b.append(' ').append(t);
          }
          LOG_TEXT.add(b.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  ChatStub stub;
  OpenAiCompatibleBackend backend;

  @BeforeAll
  static void startVertx() {
    vertx = Vertx.vertx();
    Logger root = Logger.getLogger("");
    root.addHandler(CAPTURE);
    for (String name : List.of("com.storefront", "io.vertx", "io.netty")) {
      Logger.getLogger(name).setLevel(Level.ALL);
    }
    CAPTURE.setLevel(Level.ALL);
  }

  @AfterAll
  static void stopVertx() throws Exception {
    Logger.getLogger("").removeHandler(CAPTURE);
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @BeforeEach
  void start() {
    stub = new ChatStub(vertx);
    backend = backend(HostedSettings.defaults(stub.baseUrl(), "stub-model", KEY));
  }

  @AfterEach
  void stop() {
    backend.close();
    stub.close();
  }

  OpenAiCompatibleBackend backend(HostedSettings s) {
    return new OpenAiCompatibleBackend(s, vertx);
  }

  static BackendRequest request(Instant deadline, DecodingParams p) {
    return new BackendRequest(
        "r-1",
        List.of(
            new ChatMessage("system", "Be kind.\n\nProduct: Planner"),
            new ChatMessage("user", "Holidays?")),
        p,
        42L,
        deadline);
  }

  static BackendRequest request(Instant deadline) {
    return request(deadline, DecodingParams.greedy(64));
  }

  static BackendReply await(Generation g) throws Exception {
    return g.reply().get(20, TimeUnit.SECONDS);
  }

  static BackendException failure(Generation g) {
    Throwable t = catchThrowable(() -> g.reply().get(20, TimeUnit.SECONDS));
    assertThat(t).isInstanceOf(ExecutionException.class);
    assertThat(t.getCause()).isInstanceOf(BackendException.class);
    return (BackendException) t.getCause();
  }

  @Test
  void aStreamedReplyIsGatheredWithItsProvenance() throws Exception {
    BackendReply r = await(backend.start(request(Instant.now().plusSeconds(10))));
    assertThat(r.text()).isEqualTo("Thank you! Our staff will answer soon.");
    assertThat(r.finishReason()).isEqualTo(FinishReason.STOP);
    assertThat(r.backend()).isEqualTo("openai-compatible");
    assertThat(r.model()).isEqualTo("stub-model");
    assertThat(r.modelRevision()).isEqualTo("fp_stub1");
    assertThat(r.promptTemplateVersion()).isEqualTo("qa-prompt-2+chat:server");
    assertThat(r.promptTokens()).isEqualTo(21);
    assertThat(r.completionTokens()).isEqualTo(3);
    assertThat(r.timeToFirstToken()).isNotNull();

    ChatStub.Call call = stub.calls().getFirst();
    assertThat(call.authorization()).isEqualTo("Bearer " + KEY);
    assertThat(call.body().get("stream").asBoolean()).isTrue();
    assertThat(call.body().get("messages").get(0).get("content").asText())
        .contains("Product: Planner");
    assertThat(call.body().get("max_tokens").asInt()).isEqualTo(64);
    assertThat(call.body().get("seed").asLong()).isEqualTo(42L);
    assertThat(call.body().get("temperature").asDouble()).isZero();
    assertThat(call.body().has("top_k")).isFalse();
  }

  @Test
  void samplingParamsAreMappedWithVllmExtrasWhenEnabled() throws Exception {
    backend.close();
    backend = backend(HostedSettings.defaults(stub.baseUrl(), "m", KEY).withSamplingExtras(true));
    DecodingParams p =
        new DecodingParams(true, 0.7, 40, 0.9, 0.05, 1.1, 32, List.of("\n\n", "END"));
    BackendReply r = await(backend.start(request(Instant.now().plusSeconds(10), p)));
    var body = stub.calls().getFirst().body();
    assertThat(body.get("temperature").asDouble()).isEqualTo(0.7);
    assertThat(body.get("top_p").asDouble()).isEqualTo(0.9);
    assertThat(body.get("top_k").asInt()).isEqualTo(40);
    assertThat(body.get("min_p").asDouble()).isEqualTo(0.05);
    assertThat(body.get("repetition_penalty").asDouble()).isEqualTo(1.1);
    assertThat(body.get("stop").get(1).asText()).isEqualTo("END");
    assertThat(r.used().topK()).isEqualTo(40);
    assertThat(r.used().stop()).containsExactly("\n\n", "END");

    backend.close();
    backend = backend(HostedSettings.defaults(stub.baseUrl(), "m", KEY));
    BackendReply plain = await(backend.start(request(Instant.now().plusSeconds(10), p)));
    assertThat(stub.calls().get(1).body().has("top_k")).isFalse();
    assertThat(plain.used().topK()).as("recorded as not applied").isZero();
    assertThat(plain.used().minP()).isZero();
    assertThat(plain.used().repetitionPenalty()).isEqualTo(1.0);
  }

  @Test
  void a429CarriesItsRetryAfterToTheRetryLayer() {
    stub.then(ChatStub.Script.status(429, Map.of("Retry-After", "2")));
    BackendException e = failure(backend.start(request(Instant.now().plusSeconds(10))));
    assertThat(e.kind()).isEqualTo(BackendException.Kind.RETRIABLE);
    assertThat(e.retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(stub.calls()).as("no retry inside the backend").hasSize(1);
  }

  @Test
  void repeated500sOpenTheCircuitAndLaterCallsGoNowhere() throws Exception {
    backend.close();
    backend =
        backend(
            HostedSettings.defaults(stub.baseUrl(), "m", KEY)
                .withBreaker(3, Duration.ofMillis(400)));
    stub.always(ChatStub.Script.status(500, Map.of()));
    for (int i = 0; i < 3; i++) {
      assertThat(failure(backend.start(request(null))).kind())
          .isEqualTo(BackendException.Kind.RETRIABLE);
    }
    BackendException open = failure(backend.start(request(null)));
    assertThat(open.kind()).isEqualTo(BackendException.Kind.NEXT_BACKEND);
    assertThat(open.getMessage()).isEqualTo("circuit open");
    assertThat(stub.calls()).hasSize(3);

    // after the cooldown one trial call goes out; its success closes the circuit
    stub.always(ChatStub.Script.reply(Duration.ZERO, "ok"));
    Awaitility.await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> backend.start(request(null)).reply().handle((r, t) -> t == null).get());
    assertThat(stub.calls()).as("exactly the trial call went out").hasSize(4);
    assertThat(await(backend.start(request(null))).text()).isEqualTo("ok");
  }

  @Test
  void aStreamCutMidReplyFailsWithoutAHalfReply() {
    stub.then(
        ChatStub.Script.reply(Duration.ofMillis(20), "Thank ", "you, ", "we ", "will").cutAfter(2));
    BackendException e = failure(backend.start(request(Instant.now().plusSeconds(10))));
    assertThat(e.kind()).isEqualTo(BackendException.Kind.RETRIABLE);
    assertThat(e.getMessage()).containsAnyOf("stream ended before", "stream broke", "call failed");
  }

  @Test
  void aMalformedChunkFailsTheReply() {
    stub.then(ChatStub.Script.reply(Duration.ofMillis(5), "a", "b", "c").malformedAt(1));
    BackendException e = failure(backend.start(request(Instant.now().plusSeconds(10))));
    assertThat(e.kind()).isEqualTo(BackendException.Kind.RETRIABLE);
    assertThat(e.getMessage()).startsWith("malformed stream");
  }

  @Test
  void aServerSlowerThanTheDeadlineEndsTheCallAtTheDeadline() {
    stub.then(ChatStub.Script.reply(Duration.ofMillis(400), "a ", "b ", "c ", "d ", "e"));
    long t0 = System.nanoTime();
    BackendException e = failure(backend.start(request(Instant.now().plusMillis(700))));
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(e.getMessage()).contains("deadline");
    assertThat(ms)
        .as("ended at the deadline, not when the server finished")
        .isBetween(600L, 1_900L);
  }

  @Test
  void aRejectedCallGoesToTheNextBackend() {
    stub.then(ChatStub.Script.status(401, Map.of()));
    BackendException e = failure(backend.start(request(null)));
    assertThat(e.kind()).isEqualTo(BackendException.Kind.NEXT_BACKEND);
    assertThat(e.getMessage()).contains("HTTP 401");
  }

  // Repeated: a queued call starts on another call's event loop, where a response handler set one
  // hop late once lost the stream's first chunk ("bc" for "abc").
  @RepeatedTest(25)
  void callsBeyondTheConcurrencyLimitWaitInTheBackend() throws Exception {
    backend.close();
    backend = backend(HostedSettings.defaults(stub.baseUrl(), "m", KEY).withMaxConcurrent(2));
    stub.always(ChatStub.Script.reply(Duration.ofMillis(100), "a", "b", "c"));
    List<Generation> gs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      gs.add(backend.start(request(Instant.now().plusSeconds(20))));
    }
    assertThat(backend.queued()).isEqualTo(3);
    for (Generation g : gs) {
      assertThat(await(g).text()).isEqualTo("abc");
    }
    assertThat(backend.queued()).isZero();
  }

  @Test
  void theApiKeyIsInNoLogLineAndNoError() {
    stub.then(
        ChatStub.Script.status(401, Map.of()),
        ChatStub.Script.status(500, Map.of()),
        ChatStub.Script.reply(Duration.ZERO, "x").malformedAt(0));
    List<String> errors = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      errors.add(failure(backend.start(request(null))).getMessage());
    }
    assertThat(HostedSettings.defaults(stub.baseUrl(), "m", KEY).toString()).doesNotContain(KEY);
    assertThat(LOG_TEXT)
        .as("the backend logged its start-up line")
        .anyMatch(l -> l.contains("openai-compatible backend"));
    assertThat(LOG_TEXT).noneMatch(l -> l.contains(KEY) || l.contains("NEVER-LOG-ME"));
    assertThat(errors).noneMatch(l -> l.contains(KEY));
  }
}
