package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.worker.backend.BackendOrder;
import com.storefront.qa.worker.backend.InProcessBackend;
import com.storefront.qa.worker.hosted.ChatStub;
import com.storefront.qa.worker.hosted.HostedSettings;
import com.storefront.qa.worker.hosted.OpenAiCompatibleBackend;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop with both backends against a real broker: the in-process engine on a tiny checkpoint and
 * the hosted backend against {@link ChatStub} (real HTTP, real SSE). Per-shop backend order,
 * Retry-After through the one retry layer, the circuit breaker's fallback, and a server slower than
 * the deadline (a FAILED result without text, which the orchestrator answers with the
 * acknowledgement).
 */
class HostedBackendIT {
  private static final String HOSTED = OpenAiCompatibleBackend.NAME;
  private static final String LOCAL = InProcessBackend.NAME;

  @TempDir static Path tmp;
  static KafkaBroker broker;
  static TextGenerator engine;
  static Vertx vertx;

  private final List<GenerationLoop> loops = new ArrayList<>();
  private final List<AutoCloseable> closeables = new ArrayList<>();

  @BeforeAll
  static void start() {
    broker = KafkaBroker.start();
    engine =
        Engines.load(
            Fixtures.tinyModel(tmp.resolve("tiny"), "exaone"),
            new EngineOptions("cpu", "fp32", 8, 16384),
            l -> {});
    vertx = Vertx.vertx();
  }

  @AfterAll
  static void stop() throws Exception {
    engine.close();
    broker.close();
    vertx.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
  }

  @AfterEach
  void stopLoops() throws Exception {
    for (GenerationLoop l : loops) {
      l.shutdown(Duration.ZERO);
    }
    for (AutoCloseable c : closeables) {
      c.close();
    }
  }

  private ChatStub stub() {
    ChatStub s = new ChatStub(vertx);
    closeables.add(s);
    return s;
  }

  private String[] startLoop(HostedSettings hosted, List<String> defaultOrder) {
    String[] topics = Fixtures.freshTopics(broker, 2);
    OpenAiCompatibleBackend h = new OpenAiCompatibleBackend(hosted, vertx);
    closeables.add(h);
    BackendOrder order =
        new BackendOrder(
            List.of(new InProcessBackend(engine, "qa-prompt-2+chat:tiny"), h), defaultOrder);
    WorkerSettings d = WorkerSettings.defaults("w-" + topics[0].substring(12), 8);
    WorkerSettings s =
        new WorkerSettings(
            d.workerId(),
            "g-" + topics[0],
            topics[0],
            topics[1],
            16,
            8,
            Duration.ofSeconds(5),
            1,
            Duration.ofMillis(50),
            d.generationTimeout(),
            64,
            Duration.ofMillis(50),
            Duration.ofSeconds(5));
    GenerationLoop loop =
        new GenerationLoop(
            order, broker.clientProperties(), s, new WorkerMetrics(new SimpleMeterRegistry()));
    loops.add(loop);
    loop.start();
    return topics;
  }

  private static GenerationRequest request(
      String id, String shop, List<String> backends, Instant deadline) {
    GenerationRequest r = Fixtures.request(id, 12, deadline);
    return new GenerationRequest(
        r.schemaVersion(),
        r.requestId(),
        r.questionId(),
        shop,
        r.productId(),
        r.productName(),
        r.locale(),
        r.systemPrompt(),
        r.userMessage(),
        r.params(),
        r.seed(),
        r.requestedAt(),
        r.deadline(),
        "Hanbit Market",
        backends,
        null,
        null);
  }

  private static Map<String, GenerationResult> results(String topic, int n, Duration timeout) {
    try (var reader = new Fixtures.ResultReader(broker, topic)) {
      List<GenerationResult> rs = reader.readUntil(r -> r.size() >= n, timeout);
      assertThat(rs).hasSize(n);
      return rs.stream()
          .collect(Collectors.toMap(GenerationResult::requestId, Function.identity()));
    }
  }

  @Test
  void twoShopsInOneRunEachOnItsOwnBackend() {
    ChatStub stub = stub();
    String[] topics =
        startLoop(HostedSettings.defaults(stub.baseUrl(), "stub-model", "sk-x"), List.of(LOCAL));
    List<GenerationRequest> reqs = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      reqs.add(request("hosted-" + i, "shop-hosted", List.of(HOSTED, LOCAL), null));
      reqs.add(request("local-" + i, "shop-local", List.of(LOCAL), null));
    }
    Fixtures.produce(broker, topics[0], reqs);
    Map<String, GenerationResult> byId = results(topics[1], 8, Duration.ofSeconds(60));
    for (GenerationResult r : byId.values()) {
      assertThat(r.status()).isEqualTo(GenerationStatus.COMPLETED);
      assertThat(r.fallbackReason()).isNull();
      if (r.shopId().equals("shop-hosted")) {
        assertThat(r.backend()).isEqualTo(HOSTED);
        assertThat(r.model()).isEqualTo("stub-model");
        assertThat(r.modelRevision()).isEqualTo("fp_stub1");
        assertThat(r.promptTemplateVersion()).isEqualTo("qa-prompt-2+chat:server");
        assertThat(r.text()).isEqualTo("Thank you! Our staff will answer soon.");
      } else {
        assertThat(r.backend()).isEqualTo(LOCAL);
        assertThat(r.model()).isEqualTo(engine.modelInfo().name());
        assertThat(r.promptTemplateVersion()).isEqualTo("qa-prompt-2+chat:tiny");
      }
      assertThat(r.params().maxNewTokens()).isEqualTo(12);
    }
    assertThat(stub.calls()).hasSize(4);
    assertThat(stub.calls().getFirst().body().get("messages").get(0).get("content").asText())
        .contains("Shop: Hanbit Market", "Product: 2026 daily planner");
  }

  @Test
  void a429IsRetriedAfterItsRetryAfter() {
    ChatStub stub = stub();
    stub.then(ChatStub.Script.status(429, Map.of("Retry-After", "1")));
    String[] topics =
        startLoop(HostedSettings.defaults(stub.baseUrl(), "stub-model", null), List.of(HOSTED));
    Fixtures.produce(broker, topics[0], List.of(request("rl", "s", null, null)));
    GenerationResult r = results(topics[1], 1, Duration.ofSeconds(30)).get("rl");
    assertThat(r.status()).isEqualTo(GenerationStatus.COMPLETED);
    assertThat(r.backend()).isEqualTo(HOSTED);
    List<ChatStub.Call> calls = stub.calls();
    assertThat(calls).hasSize(2);
    long gapMs = (calls.get(1).atNanos() - calls.get(0).atNanos()) / 1_000_000;
    assertThat(gapMs).as("waited Retry-After, not the 50 ms backoff").isGreaterThanOrEqualTo(950);
  }

  @Test
  void repeated500sOpenTheBreakerAndTheInProcessEngineAnswers() {
    ChatStub stub = stub().always(ChatStub.Script.status(500, Map.of()));
    String[] topics =
        startLoop(
            HostedSettings.defaults(stub.baseUrl(), "stub-model", null)
                .withBreaker(3, Duration.ofMinutes(5)),
            List.of(HOSTED, LOCAL));
    List<GenerationRequest> first = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      first.add(request("a-" + i, "s", null, null));
    }
    Fixtures.produce(broker, topics[0], first);
    results(topics[1], 3, Duration.ofSeconds(60));
    int callsWhenOpen = stub.calls().size();
    Fixtures.produce(broker, topics[0], List.of(request("b-0", "s", null, null)));
    Map<String, GenerationResult> byId = results(topics[1], 4, Duration.ofSeconds(60));
    for (GenerationResult r : byId.values()) {
      assertThat(r.status()).isEqualTo(GenerationStatus.COMPLETED);
      assertThat(r.backend()).isEqualTo(LOCAL);
      assertThat(r.fallbackReason()).startsWith("openai-compatible: ");
    }
    assertThat(byId.get("b-0").fallbackReason()).isEqualTo("openai-compatible: circuit open");
    assertThat(stub.calls()).as("an open circuit calls nobody").hasSize(callsWhenOpen);
  }

  @Test
  void aServerSlowerThanTheDeadlineGivesAFailedResultWithoutText() {
    ChatStub stub =
        stub()
            .always(
                ChatStub.Script.reply(
                    Duration.ofMillis(500), "Thank ", "you ", "we ", "will ", "see"));
    String[] topics =
        startLoop(HostedSettings.defaults(stub.baseUrl(), "stub-model", null), List.of(HOSTED));
    Fixtures.produce(
        broker, topics[0], List.of(request("slow", "s", null, Instant.now().plusMillis(1500))));
    GenerationResult r = results(topics[1], 1, Duration.ofSeconds(30)).get("slow");
    assertThat(r.status()).isEqualTo(GenerationStatus.FAILED);
    assertThat(r.finishReason()).isEqualTo("DEADLINE");
    assertThat(r.text()).as("never a half reply").isNull();
    assertThat(r.backend()).isEqualTo(HOSTED);
    assertThat(r.error()).contains("deadline");
  }

  @Test
  void aCutStreamIsRetriedThenTheNextBackendAnswers() {
    ChatStub stub =
        stub()
            .always(
                ChatStub.Script.reply(Duration.ofMillis(10), "Thank ", "you ", "we").cutAfter(2));
    String[] topics =
        startLoop(
            HostedSettings.defaults(stub.baseUrl(), "stub-model", null), List.of(HOSTED, LOCAL));
    Fixtures.produce(broker, topics[0], List.of(request("cut", "s", null, null)));
    GenerationResult r = results(topics[1], 1, Duration.ofSeconds(30)).get("cut");
    assertThat(r.status()).isEqualTo(GenerationStatus.COMPLETED);
    assertThat(r.backend()).isEqualTo(LOCAL);
    assertThat(r.text()).doesNotContain("Thank you we");
    assertThat(r.fallbackReason()).contains("openai-compatible", "after 2 attempts");
    assertThat(stub.calls()).as("one retry layer: max-retries 1 = 2 calls").hasSize(2);
  }
}
