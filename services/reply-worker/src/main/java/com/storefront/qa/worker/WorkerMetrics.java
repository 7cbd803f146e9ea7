package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.worker.backend.BackendReply;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The worker's meters. Prometheus names (after Micrometer's conversion):
 *
 * <ul>
 *   <li>{@code qa_worker_generated_tokens_total}: completion tokens; {@code rate()} is tokens/s
 *   <li>{@code qa_worker_prompt_tokens_total}
 *   <li>{@code qa_worker_engine_decode_tokens_per_second}: the engine's own recent decode rate
 *   <li>{@code qa_worker_batch_occupancy}: active sequences / max-batch (0..1)
 *   <li>{@code qa_worker_engine_active_sequences}, {@code qa_worker_engine_queued_sequences} (queue
 *       depth), {@code qa_worker_engine_cached_tokens}
 *   <li>{@code qa_worker_in_flight}: requests handed to the engine and not yet finished
 *   <li>{@code qa_worker_partitions_paused}
 *   <li>{@code qa_worker_time_to_first_token_seconds}, {@code qa_worker_generation_latency_seconds}
 *       (timers)
 *   <li>{@code qa_worker_model_load_seconds}
 *   <li>{@code qa_worker_results_total{status,finish_reason}}
 *   <li>{@code qa_worker_retries_total}, {@code qa_worker_requests_malformed_total}, {@code
 *       qa_worker_transactions_total{outcome}}, {@code qa_worker_backpressure_pauses_total}, {@code
 *       qa_worker_partitions_taken_away_total{reason}}
 *   <li>{@code qa_worker_backend_replies_total{backend}}, {@code
 *       qa_worker_backend_fallbacks_total{from,to}}
 * </ul>
 */
public final class WorkerMetrics {
  private final MeterRegistry registry;
  private final Counter generatedTokens;
  private final Counter promptTokens;
  private final Timer timeToFirstToken;
  private final Timer latency;
  private final Counter retries;
  private final Counter malformed;
  private final Counter pauses;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger paused = new AtomicInteger();
  private final AtomicLong modelLoadMillis = new AtomicLong();

  public WorkerMetrics(MeterRegistry registry) {
    this.registry = registry;
    generatedTokens =
        Counter.builder("qa.worker.generated.tokens")
            .description("Completion tokens generated; rate() gives tokens per second")
            .register(registry);
    promptTokens =
        Counter.builder("qa.worker.prompt.tokens")
            .description("Prompt tokens processed")
            .register(registry);
    timeToFirstToken =
        Timer.builder("qa.worker.time.to.first.token")
            .description("From submit to the first generated token")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry);
    latency =
        Timer.builder("qa.worker.generation.latency")
            .description("From receiving a request to its result (retries included)")
            .publishPercentiles(0.5, 0.95, 0.99)
            .register(registry);
    retries =
        Counter.builder("qa.worker.retries")
            .description("Generations retried after a retriable engine failure")
            .register(registry);
    malformed =
        Counter.builder("qa.worker.requests.malformed")
            .description("Request records that could not be parsed and were skipped")
            .register(registry);
    pauses =
        Counter.builder("qa.worker.backpressure.pauses")
            .description("Times the worker paused its partitions because the engine was full")
            .register(registry);
    Gauge.builder("qa.worker.in.flight", inFlight, AtomicInteger::get)
        .description("Requests handed to the engine and not yet finished")
        .register(registry);
    Gauge.builder("qa.worker.partitions.paused", paused, AtomicInteger::get)
        .description("Assigned partitions paused by back-pressure")
        .register(registry);
    Gauge.builder("qa.worker.model.load", modelLoadMillis, v -> v.get() / 1000.0)
        .baseUnit("seconds")
        .description("Time taken to load the model at start-up")
        .register(registry);
  }

  /** Exposes the engine's scheduler counters. */
  public void bindEngine(TextGenerator engine, int maxBatch) {
    Gauge.builder("qa.worker.engine.active.sequences", engine, e -> e.stats().activeSequences())
        .strongReference(true)
        .register(registry);
    Gauge.builder("qa.worker.engine.queued.sequences", engine, e -> e.stats().queuedSequences())
        .description("Sequences waiting for a batch slot (queue depth)")
        .strongReference(true)
        .register(registry);
    Gauge.builder("qa.worker.engine.cached.tokens", engine, e -> e.stats().cachedTokens())
        .strongReference(true)
        .register(registry);
    Gauge.builder(
            "qa.worker.engine.decode.tokens.per.second",
            engine,
            e -> e.stats().decodeTokensPerSecond())
        .strongReference(true)
        .register(registry);
    // Counters of the batched decode steps: rate(tokens) / rate(seconds) is the decode speed over
    // any window, free of prefill time (the gauge above is a moving average of recent steps).
    FunctionCounter.builder(
            "qa.worker.engine.decode.step.tokens", engine, e -> e.stats().decodeStepTokens())
        .description("Tokens produced by batched decode steps")
        .register(registry);
    FunctionCounter.builder(
            "qa.worker.engine.decode.step.seconds", engine, e -> e.stats().decodeStepNanos() / 1e9)
        .description("Time spent in batched decode steps (forward pass and sampling)")
        .register(registry);
    Gauge.builder(
            "qa.worker.batch.occupancy",
            engine,
            e -> e.stats().activeSequences() / (double) maxBatch)
        .description("Active sequences divided by max-batch")
        .strongReference(true)
        .register(registry);
  }

  void modelLoaded(Duration d) {
    modelLoadMillis.set(d.toMillis());
  }

  void reply(BackendReply r) {
    generatedTokens.increment(r.completionTokens());
    promptTokens.increment(r.promptTokens());
    if (r.timeToFirstToken() != null && (r.completionTokens() > 0 || !r.text().isEmpty())) {
      timeToFirstToken.record(r.timeToFirstToken());
    }
    Counter.builder("qa.worker.backend.replies")
        .description("Replies by the backend that generated them")
        .tag("backend", r.backend())
        .register(registry)
        .increment();
  }

  void fallback(String from, String to) {
    Counter.builder("qa.worker.backend.fallbacks")
        .description("Requests moved to the next backend of their order")
        .tag("from", from)
        .tag("to", to)
        .register(registry)
        .increment();
  }

  void resultWritten(GenerationResult r) {
    Counter.builder("qa.worker.results")
        .description("Results written, by status and finish reason")
        .tag("status", r.status().name())
        .tag("finish_reason", r.finishReason() == null ? "NONE" : r.finishReason())
        .register(registry)
        .increment();
    latency.record(Duration.ofMillis(r.latencyMs()));
  }

  void transaction(String outcome) {
    Counter.builder("qa.worker.transactions")
        .description("Result transactions by outcome")
        .tag("outcome", outcome)
        .register(registry)
        .increment();
  }

  void partitionsTakenAway(String reason, int n) {
    Counter.builder("qa.worker.partitions.taken.away")
        .description("Partitions revoked or lost in rebalances")
        .tag("reason", reason)
        .register(registry)
        .increment(n);
  }

  void retry() {
    retries.increment();
  }

  void malformed() {
    malformed.increment();
  }

  void paused(int n, boolean newlyPaused) {
    paused.set(n);
    if (newlyPaused) {
      pauses.increment();
    }
  }

  void inFlight(int n) {
    inFlight.set(n);
  }

  /** The registry these meters live in. */
  public MeterRegistry registry() {
    return registry;
  }
}
