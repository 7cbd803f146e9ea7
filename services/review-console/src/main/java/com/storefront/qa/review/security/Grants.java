package com.storefront.qa.review.security;

import java.util.Map;
import java.util.Optional;

/**
 * A staff member's roles, per shop. The shop {@link #ALL_SHOPS} ({@code *}) stands for every shop.
 */
public record Grants(Map<String, Role> byShop) {
  /** The shop id that grants a role in every shop. */
  public static final String ALL_SHOPS = "*";

  /** The identity attribute under which the grants travel with a SecurityIdentity. */
  public static final String ATTRIBUTE = "qa.grants";

  public Grants {
    byShop = Map.copyOf(byShop);
  }

  /** The role in {@code shopId}, the stronger of the shop's own grant and an all-shops grant. */
  public Optional<Role> roleIn(String shopId) {
    Role own = shopId == null ? null : byShop.get(shopId);
    Role all = byShop.get(ALL_SHOPS);
    if (own == null) {
      return Optional.ofNullable(all);
    }
    return Optional.of(all != null && all.includes(own) ? all : own);
  }

  /** Whether the member holds at least {@code role} in {@code shopId}. */
  public boolean allows(String shopId, Role role) {
    return roleIn(shopId).map(r -> r.includes(role)).orElse(false);
  }

  /** Whether the member may see every shop. */
  public boolean allShops() {
    return byShop.containsKey(ALL_SHOPS);
  }

  /** The strongest role held anywhere, or empty. */
  public Optional<Role> strongest() {
    return byShop.values().stream().max(Enum::compareTo);
  }
}
