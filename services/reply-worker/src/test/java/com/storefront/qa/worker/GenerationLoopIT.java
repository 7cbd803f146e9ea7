package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.testkit.KafkaBroker;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The loop against a real KRaft broker and the real engine on a tiny checkpoint: exactly one result
 * per request, deadlines, crash mid-batch with takeover by a second worker, graceful drain.
 */
class GenerationLoopIT {
  private static final int MAX_BATCH = 8;

  @TempDir static Path tmp;
  static KafkaBroker broker;
  static TextGenerator engine;

  private final List<GenerationLoop> loops = new ArrayList<>();
  private final CrashingClients clients = new CrashingClients();

  @BeforeAll
  static void start() {
    broker = KafkaBroker.start();
    Path model = Fixtures.tinyModel(tmp.resolve("tiny-exaone"), "exaone");
    engine = Engines.load(model, new EngineOptions("cpu", "fp32", MAX_BATCH, 16384), l -> {});
  }

  @AfterAll
  static void stop() {
    if (engine != null) {
      engine.close();
    }
    if (broker != null) {
      broker.close();
    }
  }

  @AfterEach
  void stopLoops() {
    for (GenerationLoop l : loops) {
      if (l.isRunning()) {
        l.shutdown(Duration.ZERO);
      }
    }
  }

  private WorkerSettings settings(String workerId, String[] topics, String group) {
    WorkerSettings d = WorkerSettings.defaults(workerId, MAX_BATCH);
    return new WorkerSettings(
        workerId,
        group,
        topics[0],
        topics[1],
        d.maxInFlight(),
        d.maxQueued(),
        Duration.ofSeconds(30),
        d.maxRetries(),
        d.retryBackoff(),
        d.generationTimeout(),
        d.maxNewTokensCap(),
        Duration.ofMillis(50),
        Duration.ofSeconds(5));
  }

  private GenerationLoop startLoop(WorkerSettings s, SimpleMeterRegistry registry) {
    return startLoop(s, registry, new Properties());
  }

  private GenerationLoop startLoop(
      WorkerSettings s, SimpleMeterRegistry registry, Properties extra) {
    Properties props = broker.clientProperties();
    props.putAll(extra);
    // a crashed member must not hold its partitions for the default 45 s
    props.put("session.timeout.ms", "6000");
    props.put("heartbeat.interval.ms", "1000");
    GenerationLoop loop =
        new GenerationLoop(
            Fixtures.inProcess(engine), props, s, new WorkerMetrics(registry), clients);
    loops.add(loop);
    loop.start();
    return loop;
  }

  private static List<GenerationRequest> requests(String prefix, int n, int minTokens, int spread) {
    List<GenerationRequest> l = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      // different lengths so completions finish out of order within each partition
      l.add(Fixtures.request(prefix + "-" + i, minTokens + (i * 7) % spread, null));
    }
    return l;
  }

  private static Map<String, Long> countById(List<GenerationResult> results) {
    return results.stream()
        .collect(Collectors.groupingBy(GenerationResult::requestId, Collectors.counting()));
  }

  @Test
  void fiftyRequestsGiveExactlyFiftyCommittedResults() {
    String[] topics = Fixtures.freshTopics(broker, 3);
    String group = "g-fifty";
    List<GenerationRequest> reqs = requests("fifty", 50, 1, 24);
    Fixtures.produce(broker, topics[0], reqs);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    // A small in-flight bound forces back-pressure pauses along the way, and a max.poll.interval
    // far shorter than the whole run shows that paused partitions keep the member in the group.
    Properties extra = new Properties();
    extra.put("max.poll.interval.ms", "5000");
    startLoop(settings("w-fifty", topics, group).withMaxInFlight(6), registry, extra);

    long t0 = System.nanoTime();
    try (var reader = new Fixtures.ResultReader(broker, topics[1])) {
      List<GenerationResult> results =
          reader.readUntil(r -> r.size() >= 50, Duration.ofSeconds(240));
      double secs = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          "fifty: %d results in %.1f s (%.1f results/s, %.0f generated tokens, max-batch %d)%n",
          results.size(),
          secs,
          results.size() / secs,
          results.stream().mapToInt(GenerationResult::completionTokens).sum() * 1.0,
          MAX_BATCH);
      results = reader.settle(Duration.ofSeconds(2));

      assertThat(results).hasSize(50);
      assertThat(countById(results).keySet())
          .isEqualTo(reqs.stream().map(GenerationRequest::requestId).collect(Collectors.toSet()));
      Map<String, GenerationRequest> byId =
          reqs.stream()
              .collect(Collectors.toMap(GenerationRequest::requestId, Function.identity()));
      for (GenerationResult r : results) {
        GenerationRequest q = byId.get(r.requestId());
        assertThat(r.status()).isEqualTo(GenerationStatus.COMPLETED);
        assertThat(r.questionId()).isEqualTo(q.questionId());
        assertThat(r.shopId()).isEqualTo("hanbit-market");
        assertThat(r.model()).isEqualTo(engine.modelInfo().name());
        assertThat(r.modelRevision()).isEqualTo(engine.modelInfo().revision()).isNotBlank();
        assertThat(r.finishReason()).isIn("STOP", "LENGTH");
        assertThat(r.promptTokens()).isPositive();
        assertThat(r.completionTokens()).isBetween(1, q.params().maxNewTokens());
        if (r.finishReason().equals("LENGTH")) {
          assertThat(r.completionTokens()).isEqualTo(q.params().maxNewTokens());
        }
        assertThat(r.params()).isEqualTo(q.params());
        assertThat(r.seed()).isEqualTo(7L);
        assertThat(r.meanLogProb()).isNotNull().isLessThanOrEqualTo(0.0);
        assertThat(r.workerId()).isEqualTo("w-fifty");
        assertThat(r.latencyMs()).isNotNegative();
        assertThat(r.completedAt()).isNotNull();
        assertThat(r.error()).isNull();
      }
    }
    assertThat(Fixtures.committedTotal(broker, group, topics[0])).isEqualTo(50);
    assertThat(
            registry.get("qa.worker.results").counters().stream().mapToDouble(c -> c.count()).sum())
        .isEqualTo(50.0);
    assertThat(registry.get("qa.worker.generated.tokens").counter().count()).isPositive();
    assertThat(registry.get("qa.worker.backpressure.pauses").counter().count()).isPositive();
    assertThat(registry.find("qa.worker.partitions.taken.away").counters()).isEmpty();
  }

  @Test
  void requestsPastTheirDeadlineAreAnsweredWithoutGenerating() {
    String[] topics = Fixtures.freshTopics(broker, 2);
    Instant past = Instant.now().minusSeconds(5);
    List<GenerationRequest> reqs = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      reqs.add(Fixtures.request("late-" + i, 200, past));
    }
    // Requests that can never be generated must not block their partition either: an unreadable
    // record (skipped), invalid sampling params (rejected like HF would) and a prompt longer than
    // the model's context (rejected by the engine: a fatal, not retried, error).
    Fixtures.produceRaw(broker, topics[0], "junk", "{not json".getBytes(StandardCharsets.UTF_8));
    GenerationRequest base = Fixtures.request("bad-params", 10, null);
    GenerationRequest badParams =
        new GenerationRequest(
            base.schemaVersion(),
            base.requestId(),
            base.questionId(),
            base.shopId(),
            base.productId(),
            base.productName(),
            base.locale(),
            base.systemPrompt(),
            base.userMessage(),
            new GenerationParams(true, 0.0, 0, 1.0, 0, 1.0, 10),
            1L,
            base.requestedAt(),
            null);
    GenerationRequest tooLong =
        new GenerationRequest(
            base.schemaVersion(),
            "too-long",
            "q-too-long",
            base.shopId(),
            base.productId(),
            base.productName(),
            base.locale(),
            base.systemPrompt(),
            "zq9 ".repeat(3000),
            base.params(),
            1L,
            base.requestedAt(),
            null);
    List<GenerationRequest> all = new ArrayList<>(reqs);
    all.add(badParams);
    all.add(tooLong);
    Fixtures.produce(broker, topics[0], all);
    long generatedBefore = engine.stats().generatedTokens();
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    startLoop(settings("w-late", topics, "g-late"), registry);

    try (var reader = new Fixtures.ResultReader(broker, topics[1])) {
      List<GenerationResult> results = reader.readUntil(r -> r.size() >= 7, Duration.ofSeconds(60));
      results = reader.settle(Duration.ofSeconds(1));
      assertThat(results).hasSize(7);
      Map<String, GenerationResult> byId =
          results.stream()
              .collect(Collectors.toMap(GenerationResult::requestId, Function.identity()));
      assertThat(byId.get("bad-params").status()).isEqualTo(GenerationStatus.FAILED);
      assertThat(byId.get("bad-params").finishReason()).isEqualTo("ERROR");
      assertThat(byId.get("bad-params").error()).contains("invalid request", "temperature");
      assertThat(byId.get("too-long").status()).isEqualTo(GenerationStatus.FAILED);
      assertThat(byId.get("too-long").error()).contains("IllegalArgumentException");
      assertThat(registry.find("qa.worker.retries").counter().count()).isZero();
      for (GenerationResult r : results) {
        if (!r.requestId().startsWith("late-")) {
          continue;
        }
        assertThat(r.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(r.finishReason()).isEqualTo("DEADLINE");
        assertThat(r.error()).contains("deadline");
        assertThat(r.completionTokens()).isZero();
        assertThat(r.text()).isNull();
        assertThat(r.model()).isEqualTo(engine.modelInfo().name());
      }
    }
    assertThat(engine.stats().generatedTokens()).isEqualTo(generatedBefore);
    assertThat(Fixtures.committedTotal(broker, "g-late", topics[0])).isEqualTo(8);
    assertThat(registry.get("qa.worker.requests.malformed").counter().count()).isEqualTo(1.0);
  }

  @Test
  void workerCrashedMidTransactionLosesNothingAndDuplicatesNothing() {
    String[] topics = Fixtures.freshTopics(broker, 3);
    String group = "g-crash";
    List<GenerationRequest> reqs = requests("crash", 40, 8, 24);
    Fixtures.produce(broker, topics[0], reqs);
    GenerationLoop first =
        startLoop(settings("w-crash-1", topics, group), new SimpleMeterRegistry());

    try (var reader = new Fixtures.ResultReader(broker, topics[1])) {
      List<GenerationResult> before = reader.readUntil(r -> r.size() >= 5, Duration.ofSeconds(60));
      assertThat(before.size()).isBetween(5, 39);
      // crash after the next transaction sent its results and offsets, before the commit
      clients.crashInsideNextTransaction();
      assertThat(first.awaitTermination(Duration.ofSeconds(30))).isTrue();
      assertThat(first.state()).isEqualTo(GenerationLoop.State.FAILED);
      assertThat(first.failure()).isInstanceOf(CrashingClients.SimulatedCrash.class);

      // another pod takes over (different transactional.id: the open transaction times out)
      startLoop(settings("w-crash-2", topics, group), new SimpleMeterRegistry());
      List<GenerationResult> results =
          reader.readUntil(
              r -> countById(r).size() >= 40 || r.size() > 40, Duration.ofSeconds(240));
      results = reader.settle(Duration.ofSeconds(2));

      Map<String, Long> counts = countById(results);
      assertThat(counts.keySet())
          .isEqualTo(reqs.stream().map(GenerationRequest::requestId).collect(Collectors.toSet()));
      assertThat(counts.values()).allMatch(c -> c == 1L);
      Set<String> workers = new HashSet<>();
      results.forEach(r -> workers.add(r.workerId()));
      assertThat(workers).containsExactlyInAnyOrder("w-crash-1", "w-crash-2");
    }
    assertThat(Fixtures.committedTotal(broker, group, topics[0])).isEqualTo(40);
  }

  @Test
  void engineFailuresAreRetriedABoundedNumberOfTimesThenAnsweredAsFailed() {
    // A real engine that has been closed: every submit fails (a retriable failure, as a native
    // error would be). Each request is tried 1 + max-retries times, then gets a FAILED result;
    // the partition moves on.
    TextGenerator closed =
        Engines.load(
            Fixtures.tinyModel(tmp.resolve("closed-engine"), "exaone"),
            new EngineOptions("cpu", "fp32", 2, 4096),
            l -> {});
    closed.close();
    String[] topics = Fixtures.freshTopics(broker, 1);
    List<GenerationRequest> reqs = requests("broken", 3, 4, 4);
    Fixtures.produce(broker, topics[0], reqs);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    WorkerSettings d = settings("w-broken", topics, "g-broken");
    WorkerSettings s =
        new WorkerSettings(
            d.workerId(),
            d.groupId(),
            d.requestsTopic(),
            d.resultsTopic(),
            d.maxInFlight(),
            d.maxQueued(),
            d.shutdownGrace(),
            2,
            Duration.ofMillis(20),
            d.generationTimeout(),
            d.maxNewTokensCap(),
            d.commitInterval(),
            d.transactionTimeout());
    Properties props = broker.clientProperties();
    GenerationLoop loop =
        new GenerationLoop(Fixtures.inProcess(closed), props, s, new WorkerMetrics(registry));
    loops.add(loop);
    loop.start();

    try (var reader = new Fixtures.ResultReader(broker, topics[1])) {
      List<GenerationResult> results = reader.readUntil(r -> r.size() >= 3, Duration.ofSeconds(60));
      results = reader.settle(Duration.ofSeconds(1));
      assertThat(results).hasSize(3);
      for (GenerationResult r : results) {
        assertThat(r.status()).isEqualTo(GenerationStatus.FAILED);
        assertThat(r.finishReason()).isEqualTo("ERROR");
        assertThat(r.error()).contains("IllegalStateException").contains("after 3 attempts");
      }
    }
    assertThat(registry.get("qa.worker.retries").counter().count()).isEqualTo(6.0);
    assertThat(Fixtures.committedTotal(broker, "g-broken", topics[0])).isEqualTo(3);
  }

  @Test
  void resultsThatCannotBeWrittenStopTheLoopWithoutCommittingAnything() throws Exception {
    // The results topic does not exist (and the broker does not auto-create topics): every
    // transaction fails. The worker must neither commit offsets nor spin forever: after a few
    // aborted transactions the loop fails (liveness DOWN), leaving the requests for redelivery.
    String[] topics = Fixtures.freshTopics(broker, 1);
    String[] misconfigured = {topics[0], "it.no-such-results-topic"};
    Fixtures.produce(
        broker,
        topics[0],
        List.of(
            Fixtures.request("unwritable-0", 5, Instant.now().minusSeconds(1)),
            Fixtures.request("unwritable-1", 5, Instant.now().minusSeconds(1))));
    Properties extra = new Properties();
    extra.put(
        "max.block.ms",
        "3000"); // also bounds initTransactions: keep it above a loaded broker's latency
    extra.put("delivery.timeout.ms", "1000");
    extra.put("request.timeout.ms", "500");
    extra.put("linger.ms", "0");
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    GenerationLoop loop =
        startLoop(settings("w-unwritable", misconfigured, "g-unwritable"), registry, extra);

    assertThat(loop.awaitTermination(Duration.ofSeconds(120))).isTrue();
    assertThat(loop.state()).isEqualTo(GenerationLoop.State.FAILED);
    assertThat(loop.failure()).hasMessageContaining("5 result transactions failed in a row");
    assertThat(Fixtures.committedTotal(broker, "g-unwritable", topics[0])).isZero();
  }

  @Test
  void generationsAbandonedAtShutdownAreCancelledInTheEngine() throws Exception {
    String[] topics = Fixtures.freshTopics(broker, 2);
    // 16 requests of 512 tokens: seconds of engine work if nothing cancels them
    Fixtures.produce(broker, topics[0], requests("abandon", 16, 512, 1));
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    GenerationLoop loop = startLoop(settings("w-abandon", topics, "g-abandon"), registry);
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (engine.stats().activeSequences() < 4 && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(engine.stats().activeSequences()).isGreaterThanOrEqualTo(4);

    loop.shutdown(Duration.ZERO); // no grace: everything in flight is abandoned
    assertThat(loop.state()).isEqualTo(GenerationLoop.State.STOPPED);

    // the engine drops cancelled sequences before its next decode step
    end = System.nanoTime() + Duration.ofMillis(300).toNanos();
    while (busy(engine) && System.nanoTime() < end) {
      Thread.sleep(2);
    }
    assertThat(engine.stats().activeSequences()).isZero();
    assertThat(engine.stats().queuedSequences()).isZero();
  }

  private static boolean busy(TextGenerator engine) {
    return engine.stats().activeSequences() + engine.stats().queuedSequences() > 0;
  }

  @Test
  void gracefulShutdownFlushesInFlightWorkAndTheRestIsRedelivered() throws Exception {
    String[] topics = Fixtures.freshTopics(broker, 2);
    String group = "g-drain";
    List<GenerationRequest> reqs = requests("drain", 30, 60, 40);
    Fixtures.produce(broker, topics[0], reqs);
    SimpleMeterRegistry registry = new SimpleMeterRegistry();
    // The drain below lasts far longer than this max.poll.interval: paused partitions plus
    // continued polling must keep the member in the group (no partitions "lost").
    Properties extra = new Properties();
    // 10 s, not less: on a loaded 2-core box the in-process broker's transaction commits and GC
    // pauses have been seen to stall one loop iteration for more than 3 s.
    extra.put("max.poll.interval.ms", "10000");
    GenerationLoop first = startLoop(settings("w-drain-1", topics, group), registry, extra);

    // wait until the engine is busy with this worker's requests
    long end = System.nanoTime() + Duration.ofSeconds(60).toNanos();
    while (registry.get("qa.worker.in.flight").gauge().value() < 4 && System.nanoTime() < end) {
      Thread.sleep(5);
    }
    assertThat(registry.get("qa.worker.in.flight").gauge().value()).isGreaterThanOrEqualTo(4);
    long drainStart = System.nanoTime();
    first.shutdown(Duration.ofSeconds(60));
    System.out.printf(
        "drain: graceful shutdown took %.1f s%n", (System.nanoTime() - drainStart) / 1e9);
    assertThat(first.state()).isEqualTo(GenerationLoop.State.STOPPED);
    assertThat(registry.find("qa.worker.partitions.taken.away").tag("reason", "lost").counter())
        .isNull();

    try (var reader = new Fixtures.ResultReader(broker, topics[1])) {
      List<GenerationResult> flushed = reader.settle(Duration.ofSeconds(2));
      // everything that was in flight finished and was written; nothing was cut short
      assertThat(flushed).isNotEmpty();
      assertThat(flushed).allMatch(r -> r.status() == GenerationStatus.COMPLETED);
      assertThat(Fixtures.committedTotal(broker, group, topics[0])).isEqualTo(flushed.size());

      // the next worker gets exactly the rest
      startLoop(settings("w-drain-2", topics, group), new SimpleMeterRegistry());
      List<GenerationResult> all = reader.readUntil(r -> r.size() >= 30, Duration.ofSeconds(240));
      all = reader.settle(Duration.ofSeconds(2));
      Map<String, Long> counts = countById(all);
      assertThat(counts).hasSize(30);
      assertThat(counts.values()).allMatch(c -> c == 1L);
      assertThat(all.stream().filter(r -> r.workerId().equals("w-drain-1")).count())
          .isEqualTo(flushed.size());
    }
  }
}
