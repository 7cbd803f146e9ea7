package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.FinishReason;
import com.storefront.qa.llm.api.TextGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * The worker's Kafka loop: consumes generation requests, hands them to the engine, and writes
 * results together with the consumed offsets in Kafka transactions.
 *
 * <p>One thread owns the consumer and the {@link ResultWriter} (the transactional producer). Each
 * record goes through the {@link RequestReader}; failed attempts follow the {@link RetryPolicy}.
 * Completions arrive on engine threads and come back through a queue. Because continuous batching
 * finishes requests out of order, a {@link CompletionTracker} holds each partition's results until
 * every earlier offset is done; then one transaction sends those results and commits the offsets
 * past them. So:
 *
 * <ul>
 *   <li>an offset is never committed before its result is written (same transaction);
 *   <li>a result is never written twice in committed transactions (its offset commits with it);
 *   <li>a worker that dies mid-batch loses nothing: whatever it had not committed is redelivered to
 *       the next owner of the partition.
 * </ul>
 *
 * <p>Back-pressure: when the engine is full (too many requests in flight, or too many queued in the
 * engine) the loop pauses every assigned partition and keeps polling, so the consumer stays in the
 * group however long a batch takes; it resumes when there is room.
 *
 * <p>Plain class on purpose: tests build it with a real engine and real client properties.
 */
public final class GenerationLoop implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(GenerationLoop.class);
  private static final Duration IDLE_POLL = Duration.ofMillis(200);
  private static final Duration BUSY_POLL = Duration.ofMillis(10);

  /** Lifecycle of the loop. */
  public enum State {
    NEW,
    RUNNING,
    DRAINING,
    STOPPED,
    HALTED,
    FAILED
  }

  private record Done(long ticket, int generation, Completion completion, Throwable error) {}

  private final TextGenerator engine;
  private final WorkerSettings settings;
  private final WorkerMetrics metrics;
  private final Properties clientProps;
  private final Properties consumerProps;
  private final ResultFactory results;
  private final RequestReader reader;
  private final RetryPolicy retries;
  private final Clock clock;

  // Owned by the loop thread.
  private KafkaConsumer<String, byte[]> consumer;
  private ResultWriter writer;
  private final CompletionTracker<GenerationResult> tracker = new CompletionTracker<>();
  private final Map<Long, InFlight> inFlight = new HashMap<>();
  private final PriorityQueue<InFlight> retryQueue =
      new PriorityQueue<>((a, b) -> a.retryAt.compareTo(b.retryAt));
  private long nextTicket = 1;
  private Instant lastFlush = Instant.EPOCH;
  private Instant lastWatchdog = Instant.EPOCH;
  private boolean crashed;
  private boolean draining;
  private Instant drainDeadline;

  // Shared with engine threads and controlling threads.
  private final ConcurrentLinkedQueue<Done> done = new ConcurrentLinkedQueue<>();
  private volatile State state = State.NEW;
  private volatile boolean stopRequested;
  private volatile Duration stopGrace;
  private volatile boolean haltRequested;
  private volatile boolean crashInNextTransaction;
  private volatile Throwable failure;
  private volatile Thread thread;

  /**
   * Creates a loop; nothing connects until {@link #start()}.
   *
   * @param engine a loaded engine (not closed by this loop)
   * @param clientProperties Kafka client properties common to consumer and producer (at least
   *     {@code bootstrap.servers}); the settings that the delivery guarantees rest on (isolation
   *     level, auto commit, transactional id, idempotence) are always set by the loop
   * @param settings topics, bounds and timeouts
   * @param metrics where to record meters
   */
  public GenerationLoop(
      TextGenerator engine,
      Properties clientProperties,
      WorkerSettings settings,
      WorkerMetrics metrics) {
    this(engine, clientProperties, settings, metrics, Clock.systemUTC());
  }

  GenerationLoop(
      TextGenerator engine,
      Properties clientProperties,
      WorkerSettings settings,
      WorkerMetrics metrics,
      Clock clock) {
    this.engine = engine;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
    this.results = new ResultFactory(engine.modelInfo(), settings.workerId());
    this.reader = new RequestReader(results, settings.maxNewTokensCap());
    this.retries = new RetryPolicy(settings.maxRetries(), settings.retryBackoff());
    this.clientProps = clientProperties;
    this.consumerProps = consumerProperties(clientProperties, settings);
  }

  /** Consumer settings: read_committed, manual offsets (committed through the producer). */
  static Properties consumerProperties(Properties base, WorkerSettings s) {
    Properties p = new Properties();
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, Integer.toString(s.maxInFlight()));
    p.put(ConsumerConfig.CLIENT_ID_CONFIG, "qa-reply-worker-" + s.workerId());
    p.putAll(base);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, s.groupId());
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    p.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
    p.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
    p.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    return p;
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
    join(grace.plusSeconds(30));
  }

  /** {@link #shutdown(Duration)} with the configured grace period. */
  @Override
  public void close() {
    shutdown(settings.shutdownGrace());
  }

  /**
   * Simulates a crash: the loop stops at once without writing or committing anything more, the
   * producer is closed without waiting (an open transaction stays open until the next producer with
   * the same transactional id fences it or it times out), and the consumer leaves the group. For
   * tests and failure drills.
   */
  public void halt() {
    haltRequested = true;
    join(Duration.ofSeconds(30));
  }

  /**
   * Simulates a crash inside the next result transaction: after the results and the offsets have
   * been sent, before the commit. Returns at once; {@link #state()} becomes HALTED. For tests.
   */
  public void crashInsideNextTransaction() {
    crashInNextTransaction = true;
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

  private void join(Duration timeout) {
    if (!awaitTermination(timeout)) {
      LOG.warnf("generation loop %s did not stop within %s", settings.workerId(), timeout);
    }
  }

  // ---------------------------------------------------------------- loop thread

  private void run() {
    try {
      writer = new ResultWriter(clientProps, settings, metrics, () -> haltRequested);
      consumer = new KafkaConsumer<>(consumerProps);
      consumer.subscribe(List.of(settings.requestsTopic()), new Rebalance());
      state = State.RUNNING;
      LOG.infof(
          "worker %s consuming %s (group %s, transactional.id %s), model %s rev %s",
          settings.workerId(),
          settings.requestsTopic(),
          settings.groupId(),
          settings.transactionalId(),
          engine.modelInfo().name(),
          engine.modelInfo().revision());
      while (true) {
        if (haltRequested) {
          throw new SimulatedCrash();
        }
        Instant now = clock.instant();
        if (stopRequested && !draining) {
          draining = true;
          state = State.DRAINING;
          drainDeadline = now.plus(stopGrace == null ? settings.shutdownGrace() : stopGrace);
          LOG.infof(
              "worker %s draining: %d in flight, grace until %s",
              settings.workerId(), inFlight.size(), drainDeadline);
        }
        if (draining && (inFlight.isEmpty() || !now.isBefore(drainDeadline))) {
          break;
        }
        applyBackPressure();
        ConsumerRecords<String, byte[]> records =
            consumer.poll(inFlight.isEmpty() && !tracker.hasReady() ? IDLE_POLL : BUSY_POLL);
        for (ConsumerRecord<String, byte[]> rec : records) {
          accept(rec);
        }
        drainCompletions();
        resubmitDueRetries();
        watchdog();
        if (tracker.hasReady()
            && Duration.between(lastFlush, clock.instant()).compareTo(settings.commitInterval())
                >= 0) {
          flush();
        }
        metrics.inFlight(inFlight.size());
      }
      // Graceful end: write what finished, abandon the rest (not committed, so redelivered).
      drainCompletions();
      flush();
      int abandoned = inFlight.size();
      if (abandoned > 0) {
        LOG.warnf(
            "worker %s: grace period over, %d unfinished requests left uncommitted (they will be"
                + " redelivered)",
            settings.workerId(), abandoned);
      }
      inFlight.values().forEach(InFlight::cancelAttempt);
      inFlight.clear();
      retryQueue.clear();
      tracker.reset();
      metrics.inFlight(0);
      consumer.close();
      writer.close();
      state = State.STOPPED;
      LOG.infof("worker %s stopped", settings.workerId());
    } catch (SimulatedCrash crash) {
      crashClose();
      state = State.HALTED;
      LOG.warnf("worker %s halted (simulated crash)", settings.workerId());
    } catch (Throwable t) {
      failure = t;
      LOG.errorf(t, "worker %s: generation loop failed", settings.workerId());
      crashClose();
      state = State.FAILED;
    }
  }

  private void crashClose() {
    crashed = true;
    if (writer != null) {
      writer.closeNow();
    }
    if (consumer != null) {
      try {
        consumer.close();
      } catch (RuntimeException e) {
        LOG.debug("consumer close", e);
      }
    }
  }

  /** Reads a record and either answers it at once or hands it to the engine. */
  private void accept(ConsumerRecord<String, byte[]> rec) {
    TopicPartition tp = new TopicPartition(rec.topic(), rec.partition());
    long epoch = tracker.register(tp, rec.offset());
    Instant now = clock.instant();
    switch (reader.read(rec.key(), rec.value(), now)) {
      case RequestReader.Unreadable u -> {
        metrics.malformed();
        LOG.warnf(
            "skipping unreadable request at %s@%d (key %s): %s",
            tp, rec.offset(), rec.key(), u.reason());
        tracker.complete(tp, rec.offset(), epoch, null);
      }
      case RequestReader.AnswerNow a -> tracker.complete(tp, rec.offset(), epoch, a.result());
      case RequestReader.Generate g -> {
        InFlight f = new InFlight(nextTicket++, tp, rec.offset(), epoch, g, now);
        inFlight.put(f.ticket, f);
        submit(f);
      }
    }
  }

  private void submit(InFlight f) {
    f.attempts++;
    f.generation++;
    f.submittedAt = clock.instant();
    f.retryAt = null;
    final long ticket = f.ticket;
    final int generation = f.generation;
    try {
      f.attempt = engine.submit(f.spec);
      f.attempt.whenComplete((c, t) -> done.add(new Done(ticket, generation, c, t)));
    } catch (RuntimeException e) {
      done.add(new Done(ticket, generation, null, e));
    }
  }

  /** Takes finished generations off the queue; decides result, retry or failure. */
  private void drainCompletions() {
    Done d;
    while ((d = done.poll()) != null) {
      InFlight f = inFlight.get(d.ticket());
      if (f == null || f.generation != d.generation() || f.retryAt != null) {
        continue; // partition revoked / state reset / superseded by the watchdog
      }
      Instant now = clock.instant();
      Completion c = d.completion();
      if (d.error() == null && c != null && c.finishReason() != FinishReason.ERROR) {
        inFlight.remove(f.ticket);
        metrics.completion(c);
        tracker.complete(
            f.tp,
            f.offset,
            f.epoch,
            results.fromCompletion(f.request, f.used, c, Duration.between(f.receivedAt, now), now));
        continue;
      }
      ErrorClassifier.Kind kind;
      String error;
      if (d.error() != null) {
        kind = ErrorClassifier.classify(d.error());
        error = ErrorClassifier.describe(d.error());
      } else {
        kind = ErrorClassifier.Kind.RETRIABLE;
        error = "the engine failed while generating (finish reason ERROR)";
      }
      failOrRetry(f, kind, error, now);
    }
  }

  private void failOrRetry(InFlight f, ErrorClassifier.Kind kind, String error, Instant now) {
    String id = f.request.requestId();
    switch (retries.decide(kind, error, f.attempts, f.pastDeadline(now), draining)) {
      case RetryPolicy.Redeliver r -> {
        inFlight.remove(f.ticket);
        LOG.infof("request %s failed during shutdown (%s); left for redelivery", id, error);
      }
      case RetryPolicy.Retry r -> {
        f.retryAt = now.plus(r.backoff());
        retryQueue.add(f);
        metrics.retry();
        LOG.warnf(
            "request %s attempt %d failed (%s); retrying in %d ms",
            id, f.attempts, error, r.backoff().toMillis());
      }
      case RetryPolicy.Fail fail -> {
        inFlight.remove(f.ticket);
        LOG.warnf("request %s failed: %s", id, fail.error());
        Duration latency = Duration.between(f.receivedAt, now);
        tracker.complete(
            f.tp,
            f.offset,
            f.epoch,
            results.failed(f.request, f.used, fail.reason(), fail.error(), latency, now));
      }
    }
  }

  private void resubmitDueRetries() {
    Instant now = clock.instant();
    while (!retryQueue.isEmpty() && !retryQueue.peek().retryAt.isAfter(now)) {
      InFlight f = retryQueue.poll();
      if (inFlight.get(f.ticket) != f) {
        continue;
      }
      submit(f);
    }
  }

  /** A generation that never completes must not block its partition forever. */
  private void watchdog() {
    Instant now = clock.instant();
    if (Duration.between(lastWatchdog, now).toMillis() < 1000) {
      return;
    }
    lastWatchdog = now;
    List<InFlight> stuck = new ArrayList<>();
    for (InFlight f : inFlight.values()) {
      if (f.retryAt == null
          && Duration.between(f.submittedAt, now).compareTo(settings.generationTimeout()) > 0) {
        stuck.add(f);
      }
    }
    for (InFlight f : stuck) {
      f.generation++; // a late completion of the stuck attempt is now stale
      f.cancelAttempt(); // and it no longer holds an engine slot
      failOrRetry(
          f,
          ErrorClassifier.Kind.RETRIABLE,
          "generation did not finish within " + settings.generationTimeout(),
          now);
    }
  }

  /** Pauses every assigned partition while the engine is full; resumes when there is room. */
  private void applyBackPressure() {
    Set<TopicPartition> assigned = consumer.assignment();
    if (assigned.isEmpty()) {
      return;
    }
    boolean full =
        draining
            || inFlight.size() >= settings.maxInFlight()
            || engine.stats().queuedSequences() >= settings.maxQueued();
    Set<TopicPartition> paused = consumer.paused();
    if (full) {
      Set<TopicPartition> toPause = new HashSet<>(assigned);
      toPause.removeAll(paused);
      if (!toPause.isEmpty()) {
        consumer.pause(toPause);
        metrics.paused(assigned.size(), paused.isEmpty());
      }
    } else if (!paused.isEmpty()) {
      consumer.resume(paused);
      metrics.paused(0, false);
    }
  }

  /** Writes every finished prefix and commits the offsets past it, in one transaction. */
  private void flush() {
    lastFlush = clock.instant();
    CompletionTracker.Ready<GenerationResult> ready = tracker.drainReady();
    if (!ready.isEmpty()
        && !writer.write(ready, consumer.groupMetadata(), crashInNextTransaction)) {
      rewindToCommitted(consumer.assignment());
    }
  }

  /** Drops all local state of the given partitions and seeks them back to the committed offset. */
  private void rewindToCommitted(Collection<TopicPartition> tps) {
    forget(tps);
    if (tps.isEmpty()) {
      return;
    }
    Map<TopicPartition, OffsetAndMetadata> committed =
        consumer.committed(new HashSet<>(tps), Duration.ofSeconds(30));
    String reset =
        String.valueOf(consumerProps.getOrDefault(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, ""));
    for (TopicPartition tp : tps) {
      OffsetAndMetadata om = committed.get(tp);
      if (om != null) {
        consumer.seek(tp, om);
      } else if ("latest".equals(reset)) {
        consumer.seekToEnd(List.of(tp));
      } else {
        consumer.seekToBeginning(List.of(tp));
      }
    }
  }

  private void forget(Collection<TopicPartition> tps) {
    Set<TopicPartition> set = new HashSet<>(tps);
    tracker.revoke(set);
    inFlight
        .values()
        .removeIf(
            f -> {
              if (!set.contains(f.tp)) {
                return false;
              }
              f.cancelAttempt(); // the partition's next owner generates it again
              return true;
            });
    retryQueue.removeIf(f -> set.contains(f.tp));
    metrics.inFlight(inFlight.size());
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty() || crashed) {
        return;
      }
      // Write what is finished while we still own the partitions; the rest is redelivered.
      drainCompletions();
      flush();
      int dropped = 0;
      for (InFlight f : inFlight.values()) {
        if (partitions.contains(f.tp)) {
          dropped++;
        }
      }
      forget(partitions);
      metrics.partitionsTakenAway("revoked", partitions.size());
      LOG.infof(
          "worker %s: partitions revoked %s (%d unfinished requests left to the next owner)",
          settings.workerId(), partitions, dropped);
    }

    @Override
    public void onPartitionsLost(Collection<TopicPartition> partitions) {
      forget(partitions);
      metrics.partitionsTakenAway("lost", partitions.size());
      LOG.warnf("worker %s: partitions lost %s", settings.workerId(), partitions);
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
      if (!partitions.isEmpty()) {
        LOG.infof("worker %s: partitions assigned %s", settings.workerId(), partitions);
      }
    }
  }
}
