package com.storefront.qa.orchestrator.http.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns an API key into what is stored at rest: HMAC-SHA256 of the key under a server-side pepper,
 * as 64 lower-case hex characters. JDK only, so {@link ApiKeyTool} runs from the class folder
 * alone.
 *
 * <p>Why a keyed hash and not a salted slow hash (bcrypt, argon2): the keys are 256 random bits, so
 * brute force is hopeless and a fast hash is enough; the pepper (kept in a secret, not next to the
 * hashes) means a leaked configuration alone does not even let anyone test guesses offline.
 */
public final class ApiKeyHasher {
  /** The prefix of every key {@link #newKey()} makes; it lets secret scanners find leaked keys. */
  public static final String KEY_PREFIX = "sfqa_";

  private static final SecureRandom RANDOM = new SecureRandom();
  private final SecretKeySpec pepper;

  /**
   * @param pepper the server-side secret; at least 16 characters
   */
  public ApiKeyHasher(String pepper) {
    if (pepper == null || pepper.length() < 16) {
      throw new IllegalArgumentException("the API key pepper must be at least 16 characters");
    }
    this.pepper = new SecretKeySpec(pepper.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
  }

  /** The stored form of {@code key}: 32 bytes. */
  public byte[] hash(String key) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(pepper);
      return mac.doFinal(key.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available", e);
    }
  }

  /** {@link #hash} as hex, the form configuration holds. */
  public String hashHex(String key) {
    return HexFormat.of().formatHex(hash(key));
  }

  /** A new random key: the prefix and 32 random bytes, base64url without padding. */
  public static String newKey() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return KEY_PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
