package com.storefront.qa.orchestrator.http.auth;

import java.util.Objects;

/**
 * One configured API key, as stored: its id (the configuration name, safe to log), the one shop it
 * may ask for, its hash, and its rate limit. The key itself is never held.
 *
 * @param ratePerSecond tokens added to the key's bucket per second
 * @param burst the bucket's size: how many requests may come at once after a quiet spell
 */
public record ApiKey(String id, String shopId, byte[] hash, double ratePerSecond, int burst) {
  public ApiKey {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(shopId, "shopId");
    hash = hash.clone();
  }

  /** The stored hash (a copy). */
  @Override
  public byte[] hash() {
    return hash.clone();
  }

  /** Never prints the hash: ids and shops only. */
  @Override
  public String toString() {
    return "ApiKey[id=" + id + ", shopId=" + shopId + "]";
  }
}
