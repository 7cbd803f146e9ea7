package com.storefront.qa.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The review console's customer-reference key for the local stack ({@code
 * QA_AUDIT_CUSTOMER_REF_KEY}: the audit stores customer references as HMAC-SHA256 under it, and the
 * console refuses to start without one). Made at random for each work dir and kept beside the data
 * it hashes (the same customer must hash the same after a restart); wiped with the data. Passed in
 * the environment, not on the command line, so it does not show in {@code ps}.
 */
final class CustomerRefKey {
  private CustomerRefKey() {}

  /** The key in {@code file}, made first if missing (32 random bytes, Base64, owner-only). */
  static String get(Path file) throws IOException {
    if (Files.exists(file)) {
      return Files.readString(file, StandardCharsets.UTF_8).trim();
    }
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    String key = Base64.getEncoder().encodeToString(bytes);
    Files.createDirectories(file.getParent());
    Files.createFile(
        file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    Files.writeString(file, key + "\n", StandardCharsets.UTF_8);
    return key;
  }
}
