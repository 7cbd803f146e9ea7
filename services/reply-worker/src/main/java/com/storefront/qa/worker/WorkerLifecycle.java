package com.storefront.qa.worker;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.Engines;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.api.ModelInfo;
import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.worker.ConfigValidator.Validated;
import com.storefront.qa.worker.backend.BackendOrder;
import com.storefront.qa.worker.backend.ChatTemplateFingerprint;
import com.storefront.qa.worker.backend.GenerationBackend;
import com.storefront.qa.worker.backend.InProcessBackend;
import com.storefront.qa.worker.hosted.OpenAiCompatibleBackend;
import com.storefront.qa.worker.tracing.WorkerTracing;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Thin Quarkus wiring: validates the configuration (failing the start with a clear message), loads
 * the model in the background with progress in the log, runs a warm-up generation, then starts the
 * {@link GenerationLoop}. Readiness is UP only once all of that succeeded; shutdown drains the loop
 * within {@code qa.worker.shutdown-grace} and closes the engine.
 */
@Singleton
public class WorkerLifecycle {
  private static final Logger LOG = Logger.getLogger(WorkerLifecycle.class);

  /** Where start-up is. */
  public enum Phase {
    STARTING,
    LOADING_MODEL,
    WARMING_UP,
    READY,
    FAILED,
    STOPPING,
    STOPPED
  }

  private final WorkerConfig config;
  private final WorkerMetrics metrics;
  private final Vertx vertx;
  private volatile OpenAiCompatibleBackend hosted;
  private volatile Phase phase = Phase.STARTING;
  private volatile String failure;
  private volatile TextGenerator engine;
  private volatile GenerationLoop loop;
  private volatile Validated validated;
  private Thread starter;

  /** Off unless tracing is configured on (docs/tracing.md). */
  @Inject WorkerTracing tracing = WorkerTracing.off();

  public WorkerLifecycle(WorkerConfig config, MeterRegistry registry, Vertx vertx) {
    this.config = config;
    this.vertx = vertx;
    this.metrics = new WorkerMetrics(registry);
  }

  void onStart(@Observes StartupEvent event) {
    Validated v = ConfigValidator.validate(config); // throws: the application does not start
    validated = v;
    v.warnings().forEach(LOG::warn);
    starter = new Thread(this::bootstrap, "reply-worker-startup");
    starter.setDaemon(true);
    starter.start();
  }

  private void bootstrap() {
    Validated v = validated;
    try {
      phase = Phase.LOADING_MODEL;
      LOG.infof(
          "loading model from %s (device %s, dtype %s, max-batch %d, max-cached-tokens %d)",
          v.modelDir(),
          v.engineOptions().device(),
          v.engineOptions().dtype(),
          v.engineOptions().maxBatch(),
          v.engineOptions().maxCachedTokens());
      long t0 = System.nanoTime();
      engine =
          Engines.load(v.modelDir(), v.engineOptions(), line -> LOG.info("model load: " + line));
      Duration loadTime = Duration.ofNanos(System.nanoTime() - t0);
      metrics.modelLoaded(loadTime);
      metrics.bindEngine(engine, v.engineOptions().maxBatch());
      ModelInfo info = engine.modelInfo();
      LOG.infof(
          "model %s (%s, rev %s, %,d parameters, %s/%s) loaded in %.1f s",
          info.name(),
          info.modelType(),
          info.revision(),
          info.parameterCount(),
          info.device(),
          info.dtype(),
          loadTime.toMillis() / 1000.0);

      phase = Phase.WARMING_UP;
      warmUp(engine, v.warmupTimeout());

      if (phase != Phase.WARMING_UP) {
        return; // shut down meanwhile
      }
      GenerationLoop l =
          new GenerationLoop(backends(v), v.clientProperties(), v.settings(), metrics)
              .withTracing(tracing);
      loop = l;
      l.start();
      phase = Phase.READY;
      LOG.infof("reply worker %s ready", v.settings().workerId());
    } catch (Throwable t) {
      failure = ErrorClassifier.describe(t);
      phase = Phase.FAILED;
      LOG.errorf(t, "reply worker failed to start: %s", failure);
    }
  }

  /** The configured backends in their default order. */
  private BackendOrder backends(Validated v) {
    List<GenerationBackend> all = new ArrayList<>();
    all.add(new InProcessBackend(engine, ChatTemplateFingerprint.version(v.modelDir())));
    if (v.hosted() != null) {
      hosted = new OpenAiCompatibleBackend(v.hosted(), vertx);
      all.add(hosted);
    }
    LOG.infof(
        "generation backends %s, default order %s",
        all.stream().map(GenerationBackend::name).toList(), v.backendOrder());
    return new BackendOrder(all, v.backendOrder());
  }

  /** One short generation through the whole path (tokenizer, template, prefill, decode). */
  static Completion warmUp(TextGenerator engine, Duration timeout) throws Exception {
    long t0 = System.nanoTime();
    Completion c =
        engine
            .submit(
                new GenerationSpec(
                    "warm-up-" + Instant.now().toEpochMilli(),
                    "You are a helpful storefront assistant.",
                    "Is this jacket waterproof?",
                    DecodingParams.greedy(4),
                    0L,
                    Instant.now().plus(timeout)))
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (c.finishReason() == FinishReason.ERROR || c.finishReason() == FinishReason.DEADLINE) {
      throw new IllegalStateException("warm-up generation ended with " + c.finishReason());
    }
    LOG.infof(
        "warm-up generation done in %d ms (%d prompt + %d generated tokens)",
        (System.nanoTime() - t0) / 1_000_000, c.promptTokens(), c.completionTokens());
    return c;
  }

  void onStop(@Observes ShutdownEvent event) {
    Phase before = phase;
    phase = Phase.STOPPING;
    GenerationLoop l = loop;
    if (l != null) {
      l.shutdown(validated.settings().shutdownGrace());
    }
    if (starter != null && before != Phase.READY && starter.isAlive()) {
      LOG.info("shutting down before the model finished loading");
    }
    OpenAiCompatibleBackend h = hosted;
    if (h != null) {
      h.close();
    }
    TextGenerator e = engine;
    if (e != null) {
      try {
        e.close();
      } catch (RuntimeException ex) {
        LOG.warn("closing the engine", ex);
      }
    }
    phase = Phase.STOPPED;
  }

  public Phase phase() {
    return phase;
  }

  /** Why start-up failed, if it did. */
  public String failure() {
    return failure;
  }

  /** The running loop, or null before READY. */
  public GenerationLoop loop() {
    return loop;
  }

  /**
   * The engine the Kafka loop uses, for other front ends (the OpenAI-compatible API) that share its
   * batch; null before the model is loaded.
   */
  public TextGenerator engine() {
    return engine;
  }

  /** The loaded model, or null. */
  public ModelInfo modelInfo() {
    TextGenerator e = engine;
    return e == null ? null : e.modelInfo();
  }

  /** Worker id, once the configuration is validated. */
  public String workerId() {
    Validated v = validated;
    return v == null ? null : v.settings().workerId();
  }
}
