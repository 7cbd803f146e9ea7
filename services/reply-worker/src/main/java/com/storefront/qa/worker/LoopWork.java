package com.storefront.qa.worker;

import com.storefront.qa.worker.backend.BackendOrder;
import com.storefront.qa.worker.tracing.WorkerTracing;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.jboss.logging.Logger;

/**
 * The loop's work on its thread, wiring the parts together: one {@link #step()} takes in records,
 * hands them to backends, collects what finished, resubmits due retries, runs the watchdog and
 * commits; {@link #finish()} ends a graceful shutdown. Created and used only by the loop thread of
 * {@link GenerationLoop}.
 */
final class LoopWork {
  private static final Logger LOG = Logger.getLogger(LoopWork.class);
  private static final Duration IDLE_POLL = Duration.ofMillis(200);
  private static final Duration BUSY_POLL = Duration.ofMillis(10);

  private final BackendOrder backends;
  private final WorkerSettings settings;
  private final WorkerMetrics metrics;
  private final Clock clock;
  private final RequestReader reader;
  private final InFlightTable inFlight = new InFlightTable();
  private final Dispatcher dispatcher;
  private final ResultCommitter committer;
  private final FailureHandler failures;
  private final RequestConsumer consumer;
  private final WorkerTracing tracing;
  private Instant lastWatchdog = Instant.EPOCH;
  private boolean crashed;
  private boolean draining;

  LoopWork(
      BackendOrder backends,
      Properties clientProps,
      WorkerSettings settings,
      WorkerMetrics metrics,
      KafkaClients clients,
      Clock clock,
      WorkerTracing tracing) {
    this.backends = backends;
    this.tracing = tracing;
    this.settings = settings;
    this.metrics = metrics;
    this.clock = clock;
    var primary = backends.primary();
    ResultFactory results =
        new ResultFactory(primary.model(), primary.modelRevision(), settings.workerId());
    this.reader =
        new RequestReader(results, settings.maxNewTokensCap(), settings.threadTokenBudget());
    this.dispatcher = new Dispatcher(clock);
    ResultWriter writer = new ResultWriter(clientProps, settings, metrics, clients, tracing);
    this.committer = new ResultCommitter(writer, settings.commitInterval(), clock);
    this.failures =
        new FailureHandler(
            inFlight,
            dispatcher,
            committer,
            results,
            new RetryPolicy(settings.maxRetries(), settings.retryBackoff()),
            metrics);
    RequestConsumer c;
    try {
      c = new RequestConsumer(clientProps, settings, metrics, clients, new Rebalance());
    } catch (RuntimeException e) {
      committer.closeNow();
      throw e;
    }
    this.consumer = c;
  }

  int inFlight() {
    return inFlight.size();
  }

  /** From now on nothing new is taken and retriable failures are left for redelivery. */
  void startDraining() {
    draining = true;
  }

  /** After a failure: close both clients at once; an open transaction stays open. */
  void crashClose() {
    crashed = true;
    committer.closeNow();
    consumer.closeQuietly();
  }

  /** One turn: intake, completions, retries, watchdog, commit. */
  void step() {
    consumer.applyBackPressure(
        draining
            || inFlight.size() >= settings.maxInFlight()
            || backends.maxQueued() >= settings.maxQueued());
    var records =
        consumer.poll(inFlight.isEmpty() && !committer.hasReady() ? IDLE_POLL : BUSY_POLL);
    for (ConsumerRecord<String, byte[]> rec : records) {
      accept(rec);
    }
    committer.fetched(consumer);
    failures.drain(clock.instant(), draining);
    for (InFlight f : inFlight.dueRetries(clock.instant())) {
      dispatcher.submit(f);
    }
    watchdog();
    if (committer.due()) {
      flush();
    }
    metrics.inFlight(inFlight.size());
  }

  /** Graceful end: write what finished, abandon the rest (not committed, so redelivered). */
  void finish() {
    failures.drain(clock.instant(), true);
    flush();
    int abandoned = inFlight.size();
    if (abandoned > 0) {
      LOG.warnf(
          "worker %s: grace period over, %d unfinished requests left uncommitted (they will be"
              + " redelivered)",
          settings.workerId(), abandoned);
    }
    inFlight.cancelAll();
    committer.reset();
    metrics.inFlight(0);
    consumer.close();
    committer.close();
    tracing.close();
    LOG.infof("worker %s stopped", settings.workerId());
  }

  /** Reads a record and either answers it at once or hands it to its first backend. */
  private void accept(ConsumerRecord<String, byte[]> rec) {
    TopicPartition tp = new TopicPartition(rec.topic(), rec.partition());
    long epoch = committer.register(tp, rec.offset());
    Instant now = clock.instant();
    switch (reader.read(rec.key(), rec.value(), now)) {
      case RequestReader.Unreadable u -> {
        metrics.malformed();
        LOG.warnf(
            "skipping unreadable request at %s@%d (key %s): %s",
            tp, rec.offset(), rec.key(), u.reason());
        committer.complete(tp, rec.offset(), epoch, null);
      }
      case RequestReader.AnswerNow a -> {
        tracing.received(rec.headers(), a.result().requestId(), a.result().questionId());
        committer.complete(tp, rec.offset(), epoch, a.result());
      }
      case RequestReader.Generate g -> {
        tracing.received(rec.headers(), g.request().requestId(), g.request().questionId());
        BackendOrder.Resolved order = backends.resolve(g.request().backends());
        if (order.backends().isEmpty()) {
          committer.complete(tp, rec.offset(), epoch, reader.noBackend(g, order.skipped(), now));
          return;
        }
        InFlight f =
            new InFlight(
                inFlight.nextTicket(),
                tp,
                rec.offset(),
                epoch,
                g,
                order.backends(),
                order.skipped(),
                now);
        inFlight.add(f);
        dispatcher.submit(f);
      }
    }
  }

  /** A generation that never completes must not block its partition forever. */
  private void watchdog() {
    Instant now = clock.instant();
    if (Duration.between(lastWatchdog, now).toMillis() < 1000) {
      return;
    }
    lastWatchdog = now;
    for (InFlight f : inFlight.stuck(now, settings.generationTimeout())) {
      f.generation++; // a late completion of the stuck attempt is now stale
      f.cancelAttempt(); // and it no longer holds a backend slot
      failures.failed(
          f,
          ErrorClassifier.Kind.RETRIABLE,
          "generation did not finish within " + settings.generationTimeout(),
          null,
          now,
          draining);
    }
  }

  private void flush() {
    if (!committer.flush(consumer.groupMetadata())) {
      Collection<TopicPartition> tps = consumer.assignment();
      forget(tps);
      consumer.rewindToCommitted(tps);
    }
  }

  /** Drops all local state of the given partitions. */
  private void forget(Collection<TopicPartition> tps) {
    committer.revoke(tps);
    inFlight.forget(tps);
    metrics.inFlight(inFlight.size());
  }

  private final class Rebalance implements ConsumerRebalanceListener {
    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
      if (partitions.isEmpty() || crashed) {
        return;
      }
      // Write what is finished while we still own the partitions; the rest is redelivered.
      failures.drain(clock.instant(), draining);
      flush();
      int dropped = inFlight.countIn(partitions);
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
