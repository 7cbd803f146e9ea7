package com.storefront.qa.audit;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * The audit consumer loop: reads every audited topic with {@code read_committed} isolation, writes
 * each poll batch in one database transaction ({@link AuditRepository}), then commits the
 * consumer's positions synchronously (past the transaction markers too, so the group's lag reaches
 * zero). Offsets are committed only after the rows are, so a crash between the two re-delivers
 * records that the idempotent inserts then skip: at-least-once delivery, exactly one row per event.
 *
 * <p>When the database is unavailable the batch is rolled back, the consumer seeks back to the
 * batch's first offsets (the last committed position) and retries after an exponential back-off,
 * forever, while {@link #state()} reports {@link State#RETRYING}. It keeps polling between retries
 * so it stays in its consumer group. Nothing else in the system waits for it: Kafka keeps the
 * records until the audit catches up.
 *
 * <p>Runs on its own thread ({@link #start()}, {@link #stop(Duration)}); the Kafka consumer is
 * created and used on that thread only.
 */
public final class AuditWriter {
  private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());

  /** Where the writer is. */
  public enum State {
    /** Constructed, or started and not yet subscribed. */
    STARTING,
    /** Writing batches normally. */
    RUNNING,
    /** The last batch failed for a transient reason; retrying with back-off. */
    RETRYING,
    /** Stopped on request. */
    STOPPED,
    /** The loop died on an unexpected error (see {@link #lastError()}). */
    FAILED
  }

  private final Properties consumerProperties;
  private final AuditSettings settings;
  private final AuditMetrics metrics;
  private final BatchWriter batchWriter;

  private final AtomicLong lag = new AtomicLong(-1);
  private final AtomicLong consecutiveFailures = new AtomicLong();
  private final AtomicLong recordsAudited = new AtomicLong();
  private final CountDownLatch stopSignal = new CountDownLatch(1);
  private final PositionCommitter committer = new PositionCommitter();

  private volatile boolean running;
  private volatile State state = State.STARTING;
  private volatile String lastError;
  private volatile Instant lastBatchAt;
  private volatile KafkaConsumer<byte[], byte[]> consumer;
  private volatile Thread thread;

  /**
   * @param consumerProperties Kafka client properties: at least {@code bootstrap.servers}, plus any
   *     security settings; the writer sets group id, isolation level, offset handling and
   *     deserializers itself
   */
  public AuditWriter(
      Properties consumerProperties,
      AuditSettings settings,
      RecordMapper mapper,
      AuditRepository repository,
      MeterRegistry registry) {
    this.settings = Objects.requireNonNull(settings, "settings");
    this.consumerProperties = ConsumerPositions.consumerProperties(consumerProperties, settings);
    this.metrics =
        new AuditMetrics(Objects.requireNonNull(registry, "registry"), lag, consecutiveFailures);
    this.batchWriter =
        new BatchWriter(
            Objects.requireNonNull(mapper, "mapper"),
            Objects.requireNonNull(repository, "repository"),
            metrics);
  }

  /** The consumer configuration the writer uses: the caller's, with the audit's rules on top. */
  static Properties consumerProperties(Properties base, AuditSettings settings) {
    return ConsumerPositions.consumerProperties(base, settings);
  }

  /** Starts the loop on a new thread named {@code qa-audit-writer}. */
  public synchronized AuditWriter start() {
    if (thread != null) {
      throw new IllegalStateException("the audit writer was already started");
    }
    KafkaConsumer<byte[], byte[]> c;
    try {
      // Created here, on the caller's thread, so a bad Kafka setting fails start-up loudly; from
      // now on only the writer thread uses it (Thread.start orders the hand-over).
      c = new KafkaConsumer<>(consumerProperties);
    } catch (KafkaException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw new IllegalArgumentException(
          "invalid Kafka consumer configuration for the audit: " + cause.getMessage(), e);
    }
    consumer = c;
    running = true;
    thread = new Thread(() -> run(c), "qa-audit-writer");
    thread.setDaemon(false);
    thread.start();
    return this;
  }

  /** Stops the loop and waits for it to close its consumer. */
  public void stop(Duration timeout) {
    running = false;
    stopSignal.countDown();
    KafkaConsumer<byte[], byte[]> c = consumer;
    if (c != null) {
      c.wakeup();
    }
    Thread t = thread;
    if (t != null && t != Thread.currentThread()) {
      try {
        t.join(timeout.toMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (t.isAlive()) {
        LOG.warning("the audit writer did not stop within " + timeout + "; interrupting it");
        t.interrupt();
      }
    }
  }

  public State state() {
    return state;
  }

  /** Whether the loop thread is alive. */
  public boolean isAlive() {
    Thread t = thread;
    return t != null && t.isAlive();
  }

  /** Records behind the log end on the assigned partitions, or -1 before the first poll. */
  public long lag() {
    return lag.get();
  }

  public long consecutiveFailures() {
    return consecutiveFailures.get();
  }

  /** The last failure, or null when the last batch succeeded. */
  public String lastError() {
    return lastError;
  }

  /** When the last batch was written, or null. */
  public Instant lastBatchAt() {
    return lastBatchAt;
  }

  /** Records written (as rows or rejects) since start. */
  public long recordsAudited() {
    return recordsAudited.get();
  }

  public AuditSettings settings() {
    return settings;
  }

  private void run(KafkaConsumer<byte[], byte[]> consumerToUse) {
    Duration backoff = settings.backoffInitial();
    try (KafkaConsumer<byte[], byte[]> c = consumerToUse) {
      if (!running) {
        return;
      }
      c.subscribe(settings.topics(), new LoggingRebalanceListener());
      state = State.RUNNING;
      LOG.info(
          "audit writer started: group "
              + settings.groupId()
              + ", "
              + settings.topics().size()
              + " topics, batches of up to "
              + settings.maxBatch());
      while (running) {
        ConsumerRecords<byte[], byte[]> records;
        try {
          records = c.poll(settings.pollTimeout());
        } catch (WakeupException e) {
          continue; // stop() or a spurious wake-up: the loop condition decides
        } catch (InterruptException e) {
          break;
        } catch (KafkaException e) {
          failed("Kafka poll failed: " + e, e);
          backoff = sleep(backoff);
          continue;
        }
        updateLag(c);
        if (records.isEmpty()) {
          // The position may have moved past transaction markers only: commit that too, so the
          // group's committed offsets reach the log end (raw lag 0) once everything is written.
          running &= committer.commit(c);
          continue;
        }
        try {
          recordsAudited.addAndGet(batchWriter.write(records));
          lastBatchAt = Instant.now();
        } catch (RetriableAuditException e) {
          ConsumerPositions.rewind(c, records);
          updateLag(c); // the rewound records count as lag again
          metrics.retried();
          failed(e.getMessage(), null);
          backoff = sleep(backoff);
          continue;
        }
        running &= committer.commit(c);
        backoff = settings.backoffInitial();
        if (consecutiveFailures.getAndSet(0) > 0) {
          LOG.info("audit writer recovered; writing again");
        }
        lastError = null;
        state = State.RUNNING;
      }
      state = State.STOPPED;
    } catch (WakeupException | InterruptException e) {
      state = State.STOPPED;
    } catch (Throwable t) {
      state = State.FAILED;
      lastError = "audit writer died: " + t;
      LOG.log(Level.SEVERE, "audit writer died", t);
    } finally {
      consumer = null;
      if (state != State.FAILED) {
        state = State.STOPPED;
      }
      LOG.info("audit writer stopped");
    }
  }

  private void updateLag(KafkaConsumer<byte[], byte[]> c) {
    long l = ConsumerPositions.lag(c);
    if (l >= 0) {
      lag.set(l);
    }
  }

  private void failed(String message, Throwable cause) {
    long n = consecutiveFailures.incrementAndGet();
    lastError = message;
    state = State.RETRYING;
    if (n == 1 || n % 20 == 0) {
      LOG.log(
          Level.WARNING,
          "audit batch failed (attempt " + n + "), will retry: " + message,
          n == 1 ? cause : null);
    } else {
      LOG.fine(() -> "audit batch failed again (attempt " + n + "): " + message);
    }
  }

  /** Waits {@code backoff} (or until stopped) and returns the next back-off. */
  private Duration sleep(Duration backoff) {
    try {
      stopSignal.await(backoff.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
    Duration next = backoff.multipliedBy(2);
    return next.compareTo(settings.backoffMax()) > 0 ? settings.backoffMax() : next;
  }
}
