package com.storefront.qa.contracts.policy;

import java.util.List;
import java.util.Set;

/**
 * How strictly a shop moderates.
 *
 * @param autoPublish false = every model reply waits for staff, even a clean one
 * @param fallbackOnHold true = the customer gets the acknowledgement at once while a draft waits
 * @param holdReasons reason codes that hold a reply; empty = the moderation library's defaults
 * @param strictness LENIENT, NORMAL or STRICT thresholds for the scored checks
 * @param approvedPhrases the shop's own known-safe wording ("평일 기준 1–2일 내 답변드립니다"), which a reply
 *     may contain besides the acknowledgement acts the moderation library recognises; matched
 *     literally (spacing and ASCII case aside). Absent or null = none.
 */
public record ModerationPolicy(
    boolean autoPublish,
    boolean fallbackOnHold,
    Set<String> holdReasons,
    Strictness strictness,
    List<String> approvedPhrases) {

  /** Threshold families for the scored checks (degeneration, tone). */
  public enum Strictness {
    LENIENT,
    NORMAL,
    STRICT
  }

  public ModerationPolicy {
    approvedPhrases =
        approvedPhrases == null
            ? List.of()
            : approvedPhrases.stream().filter(p -> p != null && !p.isBlank()).toList();
  }

  /** A policy without approved phrases (the form every policy had before they existed). */
  public ModerationPolicy(
      boolean autoPublish, boolean fallbackOnHold, Set<String> holdReasons, Strictness strictness) {
    this(autoPublish, fallbackOnHold, holdReasons, strictness, List.of());
  }

  public static ModerationPolicy defaults() {
    return new ModerationPolicy(true, true, Set.of(), Strictness.NORMAL);
  }
}
