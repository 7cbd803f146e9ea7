package com.storefront.qa.review.security;

import java.time.Instant;

/** A console account as stored ({@code console_users} and its grants). */
public record StaffUser(
    String username,
    String passwordHash,
    boolean enabled,
    int failedLogins,
    Instant lockedUntil,
    Grants grants) {

  /** Whether the account is locked at {@code now}. */
  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }
}
