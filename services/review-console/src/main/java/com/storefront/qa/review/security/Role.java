package com.storefront.qa.review.security;

import java.util.Locale;

/** What a staff member may do in one shop; each role includes the ones before it. */
public enum Role {
  /** Read the queue and items. */
  VIEWER,
  /** Claim items and decide them. */
  REVIEWER,
  /** Manage users, erase customer data. */
  ADMIN;

  /** The role name Quarkus security checks ({@code @RolesAllowed}): lower case. */
  public String roleName() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean includes(Role other) {
    return compareTo(other) >= 0;
  }

  /** The stronger of two roles. */
  public static Role stronger(Role a, Role b) {
    return a.includes(b) ? a : b;
  }

  /** Parses {@code viewer}, {@code reviewer} or {@code admin}. */
  public static Role of(String name) {
    try {
      return valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalArgumentException(
          "role must be viewer, reviewer or admin (got " + name + ")", e);
    }
  }
}
