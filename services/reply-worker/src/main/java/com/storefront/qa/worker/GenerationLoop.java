package com.storefront.qa.worker;

import com.storefront.qa.llm.api.TextGenerator;
import com.storefront.qa.llm.prompt.ReplyPrompt;
import com.storefront.qa.worker.backend.BackendOrder;
import com.storefront.qa.worker.backend.ChatTemplateFingerprint;
import com.storefront.qa.worker.backend.GenerationBackend;
import com.storefront.qa.worker.backend.InProcessBackend;
import com.storefront.qa.worker.tracing.WorkerTracing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.jboss.logging.Logger;

/**
 * The worker's Kafka loop and its lifecycle: consumes generation requests, hands them to the
 * backends, and writes results together with the consumed offsets in Kafka transactions.
 *
 * <p>One thread runs the loop and owns its parts, each with one job: {@link RequestConsumer}
 * (consumption and back-pressure), {@link RequestReader} (record to work), {@link InFlightTable}
 * (in-flight bookkeeping), {@link Dispatcher} (starting attempts on a {@link GenerationBackend}),
 * {@link FailureHandler} with the {@link RetryPolicy} (retry, fallback to the next backend, failed
 * results), and {@link ResultCommitter} (results and offsets in one transaction, per-partition
 * order). So:
 *
 * <ul>
 *   <li>an offset is never committed before its result is written (same transaction);
 *   <li>a result is never written twice in committed transactions (its offset commits with it);
 *   <li>a worker that dies mid-batch loses nothing: whatever it had not committed is redelivered to
 *       the next owner of the partition.
 * </ul>
 *
 * <p>Plain class on purpose: tests build it with real backends and real client properties.
 */
public final class GenerationLoop implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GenerationLoop.class);

  /** Lifecycle of the loop. */
  public enum State {
    NEW,
    RUNNING,
    DRAINING,
    STOPPED,
    FAILED
  }

  private final BackendOrder backends;
  private final WorkerSettings settings;
  private final WorkerMetrics metrics;
  private final Properties clientProps;
  private final KafkaClients clients;
  private final Clock clock;
  private volatile WorkerTracing tracing = WorkerTracing.off();
  private Instant drainDeadline;

  // Shared with controlling threads.
  private volatile State state = State.NEW;
  private volatile boolean stopRequested;
  private volatile Duration stopGrace;
  private volatile Throwable failure;
  private volatile Thread thread;

  /**
   * Creates a loop; nothing connects until {@link #start()}.
   *
   * @param backends the backends and their default order (not closed by this loop)
   * @param clientProperties Kafka client properties common to consumer and producer (at least
   *     {@code bootstrap.servers}); the settings that the delivery guarantees rest on (isolation
   *     level, auto commit, transactional id, idempotence) are always set by the loop
   * @param settings topics, bounds and timeouts
   * @param metrics where to record meters
   * @param clients makes the Kafka clients ({@link KafkaClients#REAL} in production)
   */
  public GenerationLoop(
      BackendOrder backends,
      Properties clientProperties,
      WorkerSettings settings,
      WorkerMetrics metrics,
      KafkaClients clients) {
    this(backends, clientProperties, settings, metrics, clients, Clock.systemUTC());
  }

  /**
   * A loop with the in-process engine as its only backend and the real Kafka clients, for embedders
   * that hold just an engine (the local stack). Results record the prompt template version without
   * a chat template fingerprint; prefer {@link #GenerationLoop(BackendOrder, Properties,
   * WorkerSettings, WorkerMetrics)} with {@link ChatTemplateFingerprint#version}.
   */
  public GenerationLoop(
      TextGenerator engine,
      Properties clientProperties,
      WorkerSettings settings,
      WorkerMetrics metrics) {
    this(
        BackendOrder.of(new InProcessBackend(engine, ReplyPrompt.VERSION + "+chat:unrecorded")),
        clientProperties,
        settings,
        metrics);
  }

  /** A loop with the real Kafka clients. */
  public GenerationLoop(
      BackendOrder backends,
      Properties clientProperties,
      WorkerSettings settings,
      WorkerMetrics metrics) {
    this(backends, clientProperties, settings, metrics, KafkaClients.REAL);
  }

  GenerationLoop(
      BackendOrder backends,
      Properties clientProperties,
      WorkerSettings settings,
      WorkerMetrics metrics,
      KafkaClients clients,
      Clock clock) {
    this.backends = backends;
    this.settings = settings;
    this.metrics = metrics;
    this.clientProps = clientProperties;
    this.clients = clients;
    this.clock = clock;
  }

  /** This loop, tracing each request with {@code tracing} (docs/tracing.md); before start. */
  public GenerationLoop withTracing(WorkerTracing tracing) {
    this.tracing = tracing;
    return this;
  }

  /** Starts the loop thread. */
  public synchronized void start() {
    if (thread != null) {
      throw new IllegalStateException("already started");
    }
    Thread t = new Thread(this::run, "generation-loop-" + settings.workerId());
    t.setDaemon(false);
    thread = t;
    t.start();
  }

  /** Current state. */
  public State state() {
    return state;
  }

  /** Whether the loop thread is alive and consuming (or draining). */
  public boolean isRunning() {
    State s = state;
    return s == State.NEW || s == State.RUNNING || s == State.DRAINING;
  }

  /** The error that stopped the loop, if it failed. */
  public Throwable failure() {
    return failure;
  }

  /**
   * Graceful shutdown: stops taking new requests, lets in-flight generations finish for up to
   * {@code grace}, writes them in a final transaction and leaves the group. Requests still
   * unfinished then are not committed and are redelivered to the next owner. Blocks until done.
   */
  public void shutdown(Duration grace) {
    stopGrace = grace;
    stopRequested = true;
    if (!awaitTermination(grace.plusSeconds(30))) {
      LOG.warnf("generation loop %s did not stop within %s", settings.workerId(), grace);
    }
  }

  /** {@link #shutdown(Duration)} with the configured grace period. */
  @Override
  public void close() {
    shutdown(settings.shutdownGrace());
  }

  /** Waits for the loop thread to end. */
  public boolean awaitTermination(Duration timeout) {
    Thread t = thread;
    if (t == null) {
      return true;
    }
    try {
      t.join(timeout.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !t.isAlive();
  }

  // ---------------------------------------------------------------- loop thread

  private void run() {
    LoopWork work = null;
    try {
      work = new LoopWork(backends, clientProps, settings, metrics, clients, clock, tracing);
      state = State.RUNNING;
      LOG.infof(
          "worker %s consuming %s (group %s, transactional.id %s), backends %s",
          settings.workerId(),
          settings.requestsTopic(),
          settings.groupId(),
          settings.transactionalId(),
          backends.all().stream().map(b -> b.name() + " (" + b.model() + ")").toList());
      while (!drainedOrOutOfTime(work)) {
        work.step();
      }
      work.finish();
      state = State.STOPPED;
    } catch (Throwable t) {
      failure = t;
      LOG.errorf(t, "worker %s: generation loop failed", settings.workerId());
      if (work != null) {
        work.crashClose();
      }
      state = State.FAILED;
    }
  }

  private boolean drainedOrOutOfTime(LoopWork work) {
    Instant now = clock.instant();
    if (stopRequested && drainDeadline == null) {
      work.startDraining();
      state = State.DRAINING;
      drainDeadline = now.plus(stopGrace == null ? settings.shutdownGrace() : stopGrace);
      LOG.infof(
          "worker %s draining: %d in flight, grace until %s",
          settings.workerId(), work.inFlight(), drainDeadline);
    }
    return drainDeadline != null && (work.inFlight() == 0 || !now.isBefore(drainDeadline));
  }
}
