package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationResult;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import org.apache.kafka.clients.consumer.ConsumerGroupMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Result writing: holds each partition's results until every earlier offset is done ({@link
 * CompletionTracker}), then writes the finished prefixes and the offsets past them in one
 * transaction ({@link ResultWriter}), at most once per commit interval while results keep coming.
 */
final class ResultCommitter implements AutoCloseable {
  private final CompletionTracker<GenerationResult> tracker = new CompletionTracker<>();
  private final ResultWriter writer;
  private final Duration interval;
  private final Clock clock;
  private Instant lastFlush = Instant.EPOCH;

  ResultCommitter(ResultWriter writer, Duration interval, Clock clock) {
    this.writer = writer;
    this.interval = interval;
    this.clock = clock;
  }

  /** Registers a consumed offset; returns its partition epoch. */
  long register(TopicPartition tp, long offset) {
    return tracker.register(tp, offset);
  }

  /** The result for an offset (null: skip it, commit past it). */
  void complete(TopicPartition tp, long offset, long epoch, GenerationResult result) {
    tracker.complete(tp, offset, epoch, result);
  }

  /** The result of an in-flight request. */
  void complete(InFlight f, GenerationResult result) {
    tracker.complete(f.tp, f.offset, f.epoch, result);
  }

  /**
   * Reports the consumer's positions after a poll whose records were all registered, so a partition
   * with nothing outstanding commits past its transaction markers too.
   */
  void fetched(RequestConsumer consumer) {
    for (TopicPartition tp : tracker.tracked()) {
      long position = consumer.position(tp);
      if (position >= 0) {
        tracker.fetched(tp, position);
      }
    }
  }

  boolean hasReady() {
    return tracker.hasReady();
  }

  /** Whether results are ready and the commit interval has passed. */
  boolean due() {
    return tracker.hasReady()
        && Duration.between(lastFlush, clock.instant()).compareTo(interval) >= 0;
  }

  /**
   * Writes every finished prefix and commits the offsets past it.
   *
   * @return false if the transaction failed: the caller rewinds its partitions
   */
  boolean flush(ConsumerGroupMetadata group) {
    lastFlush = clock.instant();
    CompletionTracker.Ready<GenerationResult> ready = tracker.drainReady();
    return ready.isEmpty() || writer.write(ready, group);
  }

  /** Forgets the given partitions' pending results. */
  void revoke(Collection<TopicPartition> tps) {
    tracker.revoke(new HashSet<>(tps));
  }

  void reset() {
    tracker.reset();
  }

  /** Closes the producer at once (after a failure): an open transaction stays open. */
  void closeNow() {
    writer.closeNow();
  }

  @Override
  public void close() {
    writer.close();
  }
}
