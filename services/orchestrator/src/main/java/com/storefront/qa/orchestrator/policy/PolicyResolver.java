package com.storefront.qa.orchestrator.policy;

import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.contracts.policy.ShopPolicy;

/** A shop's effective policy: its published record (if any) merged over the built-in defaults. */
public final class PolicyResolver {
  private final boolean generationEnabledByDefault;

  public PolicyResolver(boolean generationEnabledByDefault) {
    this.generationEnabledByDefault = generationEnabledByDefault;
  }

  /**
   * @param published the shop's record from {@code qa.shop-policies.v1}, or null when it has none
   */
  public ShopPolicy resolve(String shopId, ShopPolicy published) {
    ShopPolicy defaults = DefaultPolicy.forShop(shopId, generationEnabledByDefault);
    return published == null ? defaults : published.mergedOver(defaults);
  }
}
