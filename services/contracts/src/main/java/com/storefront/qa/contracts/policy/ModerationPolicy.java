package com.storefront.qa.contracts.policy;

import java.util.Set;

/**
 * How strictly a shop moderates.
 *
 * @param autoPublish false = every model reply waits for staff, even a clean one
 * @param fallbackOnHold true = the customer gets the acknowledgement at once while a draft waits
 * @param holdReasons reason codes that hold a reply; empty = the moderation library's defaults
 * @param strictness LENIENT, NORMAL or STRICT thresholds for the scored checks
 */
public record ModerationPolicy(
    boolean autoPublish, boolean fallbackOnHold, Set<String> holdReasons, Strictness strictness) {

  /** Threshold families for the scored checks (degeneration, tone). */
  public enum Strictness {
    LENIENT,
    NORMAL,
    STRICT
  }

  public static ModerationPolicy defaults() {
    return new ModerationPolicy(true, true, Set.of(), Strictness.NORMAL);
  }
}
