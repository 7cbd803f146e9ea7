package com.storefront.qa.review.security;

import io.quarkus.security.ForbiddenException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import java.util.Map;

/**
 * Per-shop authorisation of the current request. Listing a shop the member has no role in is
 * forbidden (403); an item of such a shop is reported as not found (404), the same answer as an id
 * that does not exist, so guessing ids reveals nothing.
 */
@RequestScoped
public class ShopAccess {
  @Inject SecurityIdentity identity;

  /** The current member's grants (none for an identity that did not come from a console login). */
  public Grants grants() {
    Grants g = identity.getAttribute(Grants.ATTRIBUTE);
    return g != null ? g : new Grants(Map.of());
  }

  /** The current member's name. */
  public String username() {
    return identity.getPrincipal().getName();
  }

  /** Requires {@code role} in {@code shopId} for a shop-wide request (a queue listing). */
  public void requireShop(String shopId, Role role) {
    if (!grants().allows(shopId, role)) {
      throw new ForbiddenException("no " + role.roleName() + " role in shop " + shopId);
    }
  }

  /**
   * Requires {@code role} in the shop of an item: 404 when the member has no role there at all, 403
   * when they may see it but not do this.
   */
  public void requireItem(String shopId, Role role) {
    Grants g = grants();
    if (g.roleIn(shopId).isEmpty()) {
      throw new NotFoundException("no such review item");
    }
    if (!g.allows(shopId, role)) {
      throw new ForbiddenException("no " + role.roleName() + " role in shop " + shopId);
    }
  }
}
