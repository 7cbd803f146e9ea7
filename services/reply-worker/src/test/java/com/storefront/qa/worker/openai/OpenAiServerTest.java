package com.storefront.qa.worker.openai;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.BadRequestException;
import com.openai.errors.UnauthorizedException;
import com.openai.models.chat.completions.ChatCompletion;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.openai.models.chat.completions.ChatCompletionStreamOptions;
import com.openai.models.completions.CompletionUsage;
import com.storefront.qa.llm.api.ChatMessage;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.llm.batch.BatchingGenerator;
import com.storefront.qa.llm.config.GenerationConfigReader;
import com.storefront.qa.worker.WorkerLifecycle;
import com.storefront.qa.worker.backend.BackendReply;
import com.storefront.qa.worker.backend.BackendRequest;
import com.storefront.qa.worker.hosted.HostedSettings;
import com.storefront.qa.worker.hosted.OpenAiCompatibleBackend;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import jakarta.inject.Inject;
import java.net.URL;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The official openai-java client against the worker's OpenAI-compatible server, on the real engine
 * and a tiny random checkpoint. Greedy replies are compared with what {@code llm generate} prints
 * for the same system prompt and question: the same {@code BatchingGenerator.load} and {@code
 * submit(GenerationSpec)} with generation_config.json's defaults, on a second engine of the same
 * folder.
 */
@QuarkusTest
@QuarkusTestResource(value = OpenAiTestResource.class, restrictToAnnotatedClass = true)
class OpenAiServerTest {
  private static final String SYSTEM = "Be brief.";
  private static final String QUESTION = "배송은 얼마나 걸리나요? Is it waterproof?";
  private static TextGenerator reference;

  @Inject WorkerLifecycle lifecycle;
  @Inject Vertx vertx;

  @TestHTTPResource("/v1")
  URL v1;

  @BeforeEach
  void ready() {
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> lifecycle.phase() == WorkerLifecycle.Phase.READY);
  }

  @AfterAll
  static void closeReference() {
    if (reference != null) {
      reference.close();
    }
  }

  private OpenAIClient client(String key) {
    return OpenAIOkHttpClient.builder().apiKey(key).baseUrl(v1.toString()).maxRetries(0).build();
  }

  private String model() {
    return lifecycle.modelInfo().name();
  }

  /** What {@code llm generate --system SYSTEM --question QUESTION --max-new-tokens n} returns. */
  private static Completion llmGenerate(int n) throws Exception {
    Path dir = Path.of(ConfigProvider.getConfig().getValue("qa.worker.model-dir", String.class));
    if (reference == null) {
      reference = BatchingGenerator.load(dir, new EngineOptions("cpu", "fp32", 1, 32768), s -> {});
    }
    DecodingParams p =
        DecodingParams.fromDefaults(GenerationConfigReader.read(dir)).withMaxNewTokens(n);
    return reference.submit(new GenerationSpec("cli", SYSTEM, QUESTION, p, 0, null)).get();
  }

  private ChatCompletionCreateParams.Builder greedy(int maxTokens) {
    return ChatCompletionCreateParams.builder()
        .model(model())
        .addSystemMessage(SYSTEM)
        .addUserMessage(QUESTION)
        .temperature(0.0)
        .maxCompletionTokens(maxTokens);
  }

  @Test
  void theWorkersHostedBackendReadsTheWorkersOwnServer() throws Exception {
    // Our openai-compatible backend against a real server implementation of the protocol (ours,
    // on the engine): the streamed reply it gathers is the greedy reply llm generate returns.
    Completion expected = llmGenerate(24);
    OpenAiCompatibleBackend backend =
        new OpenAiCompatibleBackend(
            HostedSettings.defaults(v1.toURI(), model(), OpenAiTestResource.KEY), vertx);
    try {
      BackendReply r =
          backend
              .start(
                  new BackendRequest(
                      "hosted-1",
                      List.of(new ChatMessage("system", SYSTEM), new ChatMessage("user", QUESTION)),
                      DecodingParams.greedy(24),
                      0L,
                      Instant.now().plusSeconds(60)))
              .reply()
              .get(60, TimeUnit.SECONDS);
      assertThat(r.text()).isNotEmpty();
      assertThat(expected.text()).contains(r.text().strip());
      assertThat(r.model()).isEqualTo(model());
      assertThat(r.completionTokens()).isEqualTo(expected.completionTokens());
      assertThat(r.promptTokens()).isEqualTo(expected.promptTokens());
    } finally {
      backend.close();
    }
  }

  @Test
  void nonStreamingGreedyReplyIsWhatLlmGenerateReturns() throws Exception {
    Completion expected = llmGenerate(48);
    System.out.printf(
        "llm generate: %s, %d prompt + %d completion tokens: %s%n",
        expected.finishReason(),
        expected.promptTokens(),
        expected.completionTokens(),
        expected.text());
    ChatCompletion c =
        client(OpenAiTestResource.KEY).chat().completions().create(greedy(48).build());

    assertThat(c.choices()).hasSize(1);
    assertThat(c.choices().get(0).message().content()).contains(expected.text());
    assertThat(c.choices().get(0).finishReason().asString())
        .isEqualTo(expected.finishReason().name().equals("STOP") ? "stop" : "length");
    CompletionUsage u = c.usage().orElseThrow();
    assertThat(u.promptTokens()).isEqualTo(expected.promptTokens());
    assertThat(u.completionTokens()).isEqualTo(expected.completionTokens());
    assertThat(u.totalTokens()).isEqualTo(expected.promptTokens() + expected.completionTokens());
    assertThat(c.model()).isEqualTo(model());
    assertThat(c.id()).startsWith("chatcmpl-");
  }

  @Test
  void streamingGreedyReplyIsWhatLlmGenerateReturnsInSeveralChunksWithUsage() throws Exception {
    Completion expected = llmGenerate(48);
    var params =
        greedy(48).streamOptions(ChatCompletionStreamOptions.builder().includeUsage(true).build());
    List<ChatCompletionChunk> chunks = new ArrayList<>();
    try (StreamResponse<ChatCompletionChunk> s =
        client(OpenAiTestResource.KEY).chat().completions().createStreaming(params.build())) {
      s.stream().forEach(chunks::add);
    }
    StringBuilder text = new StringBuilder();
    List<String> finish = new ArrayList<>();
    for (ChatCompletionChunk ch : chunks) {
      for (var choice : ch.choices()) {
        choice.delta().content().ifPresent(text::append);
        choice.finishReason().ifPresent(f -> finish.add(f.asString()));
      }
    }
    assertThat(text.toString()).isEqualTo(expected.text());
    assertThat(chunks.stream().filter(ch -> ch.choices().size() == 1).count()).isGreaterThan(3);
    assertThat(finish)
        .containsExactly(expected.finishReason().name().equals("STOP") ? "stop" : "length");
    ChatCompletionChunk last = chunks.get(chunks.size() - 1);
    assertThat(last.choices()).isEmpty();
    CompletionUsage u = last.usage().orElseThrow();
    assertThat(u.promptTokens()).isEqualTo(expected.promptTokens());
    assertThat(u.completionTokens()).isEqualTo(expected.completionTokens());
    assertThat(chunks.get(0).choices().get(0).delta().role()).isPresent();
  }

  @Test
  void aClientThatDisconnectsMidStreamFreesItsSequence() throws Exception {
    TextGenerator engine = lifecycle.engine();
    long before = engine.stats().generatedTokens();
    try (StreamResponse<ChatCompletionChunk> s =
        client(OpenAiTestResource.KEY).chat().completions().createStreaming(greedy(1800).build())) {
      Iterator<ChatCompletionChunk> it = s.stream().iterator();
      for (int i = 0; i < 5; i++) {
        it.next();
      }
      assertThat(engine.stats().activeSequences()).isEqualTo(1);
    } // closes the connection mid-stream
    long closedAt = System.nanoTime();
    await()
        .atMost(Duration.ofSeconds(2))
        .pollInterval(Duration.ofMillis(20))
        .until(
            () -> engine.stats().activeSequences() == 0 && engine.stats().queuedSequences() == 0);
    long generated = engine.stats().generatedTokens() - before;
    Thread.sleep(300);
    assertThat(engine.stats().generatedTokens() - before).isEqualTo(generated);
    System.out.printf(
        "disconnect: no active sequence %d ms after the close, %d of 1800 tokens generated%n",
        (System.nanoTime() - closedAt) / 1_000_000, generated);
    assertThat(generated).as("tokens generated before the cancel took effect").isLessThan(1800);
  }

  @Test
  void aWrongOrMissingKeyIs401WithOpenAisErrorBody() {
    assertThatThrownBy(
            () ->
                client("wrong-key-0123456789abcdef").chat().completions().create(greedy(4).build()))
        .isInstanceOfSatisfying(
            UnauthorizedException.class,
            e -> {
              assertThat(e.statusCode()).isEqualTo(401);
              assertThat(e.code()).contains("invalid_api_key");
            });
    given()
        .body("{\"model\":\"x\",\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}")
        .contentType("application/json")
        .post("/v1/chat/completions")
        .then()
        .statusCode(401)
        .body("error.type", equalTo("invalid_request_error"))
        .body("error.code", equalTo("invalid_api_key"))
        .body("error.param", nullValue())
        .body("error.message", org.hamcrest.Matchers.containsString("API key"));
    given().get("/v1/models").then().statusCode(401);
    given()
        .header("Authorization", "Bearer second-key-0123456789abcdef")
        .get("/v1/models")
        .then()
        .statusCode(200)
        .body("object", equalTo("list"))
        .body("data[0].id", equalTo(model()))
        .body("data[0].object", equalTo("model"));
  }

  @Test
  void badRequestsAre400WithOpenAisErrorBody() {
    String auth = "Bearer " + OpenAiTestResource.KEY;
    given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body("{not json")
        .post("/v1/chat/completions")
        .then()
        .statusCode(400)
        .body("error.type", equalTo("invalid_request_error"))
        .body("error.param", nullValue())
        .body("error.code", nullValue())
        .body("error.message", org.hamcrest.Matchers.containsString("JSON"));
    given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body("{\"model\":\"m\"}")
        .post("/v1/chat/completions")
        .then()
        .statusCode(400)
        .body("error.param", equalTo("messages"));
    given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"max_tokens\":99999}")
        .post("/v1/chat/completions")
        .then()
        .statusCode(400)
        .body("error.param", equalTo("max_tokens"));
    given()
        .header("Authorization", auth)
        .contentType("application/json")
        .body("{\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}],\"model\":\"gpt-4o\"}")
        .post("/v1/chat/completions")
        .then()
        .statusCode(404)
        .body("error.code", equalTo("model_not_found"));
    assertThatThrownBy(
            () ->
                client(OpenAiTestResource.KEY).chat().completions().create(greedy(4).n(2).build()))
        .isInstanceOfSatisfying(
            BadRequestException.class, e -> assertThat(e.param()).contains("n"));
  }
}
