package com.storefront.qa.worker;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Per-partition completion ordering for out-of-order work.
 *
 * <p>Continuous batching finishes requests out of order, but a Kafka offset commit says "everything
 * before this offset is done". This class holds finished results until every earlier registered
 * offset of the same partition has finished, then hands out the contiguous prefix: its results (in
 * offset order) and the offset to commit (last offset of the prefix + 1). Committing that offset in
 * the same transaction as those results means a crash can never commit an offset whose result was
 * not written, and a committed result is never produced again.
 *
 * <p>When every registered offset of a partition is done, the offset handed out is the consumer's
 * position as last reported by {@link #fetched} instead: past the transaction markers (and aborted
 * records) that follow the last record and that a read_committed consumer never returns, so the
 * group's committed offset reaches the log end and its lag drains to 0. The position is used only
 * then, so nothing unfinished is ever committed past.
 *
 * <p>Each partition's state carries an epoch: when a partition is revoked (or all state is reset
 * after a failed transaction), late completions registered under the old epoch are ignored.
 *
 * <p>Not thread-safe: owned by the loop thread.
 *
 * @param <R> result type; a {@code null} result advances the offset without producing anything
 *     (e.g. an unreadable record)
 */
public final class CompletionTracker<R> {

  /** What is ready to be written: results in offset order and the offsets to commit. */
  public record Ready<R>(List<R> results, Map<TopicPartition, OffsetAndMetadata> offsets) {
    public boolean isEmpty() {
      return offsets.isEmpty();
    }
  }

  private static final class Slot<R> {
    boolean done;
    R result;
  }

  private static final class PartitionState<R> {
    final long epoch;
    final TreeMap<Long, Slot<R>> slots = new TreeMap<>();
    long lastRegistered = -1;
    // The consumer's position after the last poll: every record before it was registered.
    long fetchedTo = -1;
    // The offset last handed out for commit (-1: none yet in this epoch).
    long handedOut = -1;

    PartitionState(long epoch) {
      this.epoch = epoch;
    }
  }

  private final Map<TopicPartition, PartitionState<R>> partitions = new HashMap<>();
  private long nextEpoch = 1;
  private int pending;

  /**
   * Registers a consumed offset as outstanding.
   *
   * @return the partition epoch to quote in {@link #complete}
   * @throws IllegalStateException if offsets are not registered in increasing order
   */
  public long register(TopicPartition tp, long offset) {
    PartitionState<R> state =
        partitions.computeIfAbsent(tp, k -> new PartitionState<>(nextEpoch++));
    if (offset <= state.lastRegistered) {
      throw new IllegalStateException(
          "offset "
              + offset
              + " of "
              + tp
              + " registered after "
              + state.lastRegistered
              + " (reset the partition before seeking back)");
    }
    state.lastRegistered = offset;
    state.slots.put(offset, new Slot<>());
    pending++;
    return state.epoch;
  }

  /**
   * Marks an offset finished.
   *
   * @return false if the completion is stale (partition revoked or reset since registration, or
   *     already completed) and was ignored
   */
  public boolean complete(TopicPartition tp, long offset, long epoch, R result) {
    PartitionState<R> state = partitions.get(tp);
    if (state == null || state.epoch != epoch) {
      return false;
    }
    Slot<R> slot = state.slots.get(offset);
    if (slot == null || slot.done) {
      return false;
    }
    slot.done = true;
    slot.result = result;
    return true;
  }

  /**
   * Reports a partition's consumer position after a poll whose records were all registered. Only
   * partitions with registered offsets in the current epoch are tracked; others are ignored.
   */
  public void fetched(TopicPartition tp, long position) {
    PartitionState<R> state = partitions.get(tp);
    if (state != null && position > state.fetchedTo) {
      state.fetchedTo = position;
    }
  }

  /** Partitions with state in the current epoch (those {@link #fetched} tracks). */
  public Set<TopicPartition> tracked() {
    return Set.copyOf(partitions.keySet());
  }

  /**
   * Whether some partition has a finished prefix waiting to be written, or, with nothing
   * outstanding, a position beyond what was last handed out.
   */
  public boolean hasReady() {
    for (PartitionState<R> state : partitions.values()) {
      var head = state.slots.firstEntry();
      if (head != null ? head.getValue().done : state.fetchedTo > state.handedOut) {
        return true;
      }
    }
    return false;
  }

  /** Removes and returns every partition's finished prefix. */
  public Ready<R> drainReady() {
    List<R> results = new ArrayList<>();
    Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
    for (var e : partitions.entrySet()) {
      PartitionState<R> state = e.getValue();
      TreeMap<Long, Slot<R>> slots = state.slots;
      long next = -1;
      while (!slots.isEmpty() && slots.firstEntry().getValue().done) {
        var head = slots.pollFirstEntry();
        next = head.getKey() + 1;
        pending--;
        if (head.getValue().result != null) {
          results.add(head.getValue().result);
        }
      }
      if (slots.isEmpty() && state.fetchedTo > Math.max(next, state.handedOut)) {
        next = state.fetchedTo; // all done: past the markers up to the position too
      }
      if (next > state.handedOut) {
        state.handedOut = next;
        offsets.put(e.getKey(), new OffsetAndMetadata(next));
      }
    }
    return new Ready<>(results, offsets);
  }

  /** Forgets partitions (revoked or lost); their late completions become stale. */
  public void revoke(Collection<TopicPartition> tps) {
    for (TopicPartition tp : tps) {
      PartitionState<R> state = partitions.remove(tp);
      if (state != null) {
        pending -= state.slots.size();
      }
    }
  }

  /** Forgets everything, e.g. after an aborted transaction (the consumer seeks back). */
  public void reset() {
    partitions.clear();
    pending = 0;
  }

  /** Registered offsets not yet drained (finished or not). */
  public int pending() {
    return pending;
  }

  /** Registered offsets of one partition not yet drained. */
  public int pending(TopicPartition tp) {
    PartitionState<R> state = partitions.get(tp);
    return state == null ? 0 : state.slots.size();
  }
}
