package com.storefront.qa.audit;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Turns a storefront {@code customerRef} into a keyed hash, {@code <keyId>:<base64url of
 * HMAC-SHA256(key, ref)>}, so the audit can tell that two questions came from the same customer
 * without holding the reference itself. Without the key nobody can test a guessed reference against
 * the stored hash (a plain SHA-256 of a short, structured reference could be brute-forced). The key
 * id in front lets keys rotate: hashes made under different keys never look alike.
 *
 * <p>The key is never part of an exception message or {@link #toString()}.
 */
public final class CustomerRefHasher {
  /** Configuration key of the HMAC secret. */
  public static final String KEY_PROPERTY = "qa.audit.customer-ref-key";

  /** Configuration key of the key id written in front of every hash. */
  public static final String KEY_ID_PROPERTY = "qa.audit.customer-ref-key-id";

  /** Shortest accepted secret: 256 bits, the HMAC-SHA256 block strength. */
  public static final int MIN_KEY_BYTES = 32;

  private static final String ALGORITHM = "HmacSHA256";
  private static final Pattern KEY_ID = Pattern.compile("[A-Za-z0-9_-]{1,16}");

  private final String keyId;
  private final SecretKeySpec key;

  private CustomerRefHasher(String keyId, SecretKeySpec key) {
    this.keyId = keyId;
    this.key = key;
  }

  /**
   * A hasher for a secret and its key id, validated: fails naming the configuration key (never
   * quoting the secret) when the secret is missing or shorter than {@value #MIN_KEY_BYTES} bytes.
   *
   * @param keyId short label of the key, 1-16 of {@code A-Z a-z 0-9 _ -}
   * @param secret the secret; its UTF-8 bytes are the HMAC key
   */
  public static CustomerRefHasher create(String keyId, String secret) {
    List<String> problems = new ArrayList<>();
    if (keyId == null || !KEY_ID.matcher(keyId).matches()) {
      problems.add(KEY_ID_PROPERTY + " must be 1-16 of A-Z a-z 0-9 _ - (got " + keyId + ")");
    }
    byte[] bytes = secret == null ? new byte[0] : secret.strip().getBytes(StandardCharsets.UTF_8);
    if (bytes.length == 0) {
      problems.add(
          KEY_PROPERTY
              + " is required (the HMAC secret for customer references; set"
              + " QA_AUDIT_CUSTOMER_REF_KEY from a secret store, e.g. `openssl rand -base64 32`)");
    } else if (bytes.length < MIN_KEY_BYTES) {
      problems.add(
          KEY_PROPERTY
              + " must be at least "
              + MIN_KEY_BYTES
              + " bytes (got "
              + bytes.length
              + "; value not shown)");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "invalid audit writer configuration: " + String.join("; ", problems));
    }
    CustomerRefHasher hasher = new CustomerRefHasher(keyId, new SecretKeySpec(bytes, ALGORITHM));
    hasher.hash("self-test"); // an unusable JCE provider fails here, at start-up
    return hasher;
  }

  /** The keyed hash of a reference; null (no reference) stays null. */
  public String hash(String customerRef) {
    if (customerRef == null) {
      return null;
    }
    try {
      // A Mac is not thread-safe and cheap to make; one per call keeps the hasher shareable.
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(key);
      byte[] digest = mac.doFinal(customerRef.getBytes(StandardCharsets.UTF_8));
      return keyId + ":" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  /** The key id written in front of every hash. */
  public String keyId() {
    return keyId;
  }

  @Override
  public String toString() {
    return "CustomerRefHasher[keyId=" + keyId + "]";
  }
}
