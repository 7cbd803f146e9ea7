package com.storefront.qa.orchestrator.http.auth;

import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;

/**
 * The configured API keys, looked up by the key a client presents. A shop may have several keys at
 * once (each with its own id), which is how a key is rotated: add the new one, move the clients,
 * remove the old one; no restart of the clients and no window without a valid key.
 */
public final class ApiKeyStore {
  private final ApiKeyHasher hasher;
  private final List<ApiKey> keys;

  public ApiKeyStore(ApiKeyHasher hasher, List<ApiKey> keys) {
    this.hasher = hasher;
    this.keys = List.copyOf(keys);
  }

  /**
   * The key whose hash matches {@code presented}, if any. Every configured hash is compared, each
   * in constant time, so the time taken tells nothing about which hash came close.
   */
  public Optional<ApiKey> authenticate(String presented) {
    if (presented == null || presented.isEmpty() || hasher == null) {
      return Optional.empty();
    }
    byte[] hash = hasher.hash(presented);
    ApiKey found = null;
    for (ApiKey key : keys) {
      if (MessageDigest.isEqual(hash, key.hash()) && found == null) {
        found = key;
      }
    }
    return Optional.ofNullable(found);
  }

  /** How many keys are configured (for the start-up log line). */
  public int size() {
    return keys.size();
  }
}
