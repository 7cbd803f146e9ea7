package com.storefront.qa.worker;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import org.apache.kafka.common.TopicPartition;

/**
 * The requests handed to backends and not yet finished, and those waiting for a retry. Owned by the
 * loop thread; no locking.
 */
final class InFlightTable {
  private final Map<Long, InFlight> byTicket = new HashMap<>();
  private final PriorityQueue<InFlight> retries =
      new PriorityQueue<>((a, b) -> a.retryAt.compareTo(b.retryAt));
  private long nextTicket = 1;

  long nextTicket() {
    return nextTicket++;
  }

  void add(InFlight f) {
    byTicket.put(f.ticket, f);
  }

  InFlight get(long ticket) {
    return byTicket.get(ticket);
  }

  void remove(InFlight f) {
    byTicket.remove(f.ticket);
  }

  int size() {
    return byTicket.size();
  }

  boolean isEmpty() {
    return byTicket.isEmpty();
  }

  /** Parks {@code f} until {@code at}. */
  void retryAt(InFlight f, Instant at) {
    f.retryAt = at;
    retries.add(f);
  }

  /** Takes the parked requests whose retry time has come (still in flight). */
  List<InFlight> dueRetries(Instant now) {
    List<InFlight> due = new ArrayList<>();
    while (!retries.isEmpty() && !retries.peek().retryAt.isAfter(now)) {
      InFlight f = retries.poll();
      if (byTicket.get(f.ticket) == f) {
        due.add(f);
      }
    }
    return due;
  }

  /** Running attempts (not parked for a retry) started longer than {@code timeout} ago. */
  List<InFlight> stuck(Instant now, Duration timeout) {
    List<InFlight> stuck = new ArrayList<>();
    for (InFlight f : byTicket.values()) {
      if (f.retryAt == null && Duration.between(f.submittedAt, now).compareTo(timeout) > 0) {
        stuck.add(f);
      }
    }
    return stuck;
  }

  /** How many of the given partitions' requests are in flight. */
  int countIn(Collection<TopicPartition> tps) {
    int n = 0;
    for (InFlight f : byTicket.values()) {
      if (tps.contains(f.tp)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Drops the given partitions' requests, cancelling their attempts (the next owner redoes them).
   */
  void forget(Collection<TopicPartition> tps) {
    Set<TopicPartition> set = new HashSet<>(tps);
    byTicket
        .values()
        .removeIf(
            f -> {
              if (!set.contains(f.tp)) {
                return false;
              }
              f.cancelAttempt();
              return true;
            });
    retries.removeIf(f -> set.contains(f.tp));
  }

  /** Cancels and drops everything. */
  void cancelAll() {
    byTicket.values().forEach(InFlight::cancelAttempt);
    byTicket.clear();
    retries.clear();
  }
}
