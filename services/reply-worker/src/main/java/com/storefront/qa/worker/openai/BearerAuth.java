package com.storefront.qa.worker.openai;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.List;

/**
 * Checks an {@code Authorization: Bearer <key>} header against the configured keys. Every key is
 * compared in constant time, so the time taken says nothing about how much of a guess was right;
 * neither the header nor any key is ever logged or echoed.
 */
final class BearerAuth {
  private static final String PREFIX = "bearer ";
  private final List<byte[]> keys;

  BearerAuth(List<byte[]> keys) {
    this.keys = List.copyOf(keys);
  }

  /**
   * @throws ApiError 401 when the header is missing, not a bearer token, or no configured key
   */
  void check(String authorization) {
    if (authorization == null
        || authorization.length() <= PREFIX.length()
        || !authorization.regionMatches(true, 0, PREFIX, 0, PREFIX.length())) {
      throw ApiError.unauthorized(
          "You didn't provide an API key. You need to provide your API key in an Authorization"
              + " header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).");
    }
    byte[] given =
        authorization.substring(PREFIX.length()).strip().getBytes(StandardCharsets.UTF_8);
    boolean ok = false;
    for (byte[] k : keys) {
      ok |= MessageDigest.isEqual(k, given); // no early exit: try every key
    }
    if (!ok) {
      throw ApiError.unauthorized("Incorrect API key provided.");
    }
  }
}
