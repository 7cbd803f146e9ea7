package com.storefront.qa.review.web.item;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who has an item open right now, as the item pages report it (on load and every few seconds while
 * open). Kept in memory: it is a hint for reviewers, not a lock (the claim is the lock, in the
 * database). With several console replicas each knows only its own viewers.
 */
public final class Presence {
  private final Duration ttl;
  private final Map<String, Map<String, Instant>> byItem = new ConcurrentHashMap<>();

  /**
   * @param ttl how long a viewer counts after their last report
   */
  public Presence(Duration ttl) {
    if (ttl.isZero() || ttl.isNegative()) {
      throw new IllegalArgumentException("presence ttl must be positive, was " + ttl);
    }
    this.ttl = ttl;
  }

  /** Records that {@code user} is looking at {@code item} at {@code now}. */
  public void seen(String item, String user, Instant now) {
    byItem.computeIfAbsent(item, k -> new ConcurrentHashMap<>()).put(user, now);
  }

  /** The others looking at {@code item} at {@code now}, sorted; forgets stale viewers. */
  public List<String> others(String item, String user, Instant now) {
    Map<String, Instant> viewers = byItem.get(item);
    if (viewers == null) {
      return List.of();
    }
    viewers.values().removeIf(at -> at.plus(ttl).isBefore(now));
    if (viewers.isEmpty()) {
      byItem.remove(item, viewers);
    }
    return viewers.keySet().stream().filter(u -> !u.equals(user)).sorted().toList();
  }
}
