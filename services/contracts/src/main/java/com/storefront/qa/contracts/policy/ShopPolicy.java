package com.storefront.qa.contracts.policy;

import com.storefront.qa.contracts.event.GenerationParams;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A shop's policy, the value of the compacted topic {@code qa.shop-policies.v1} (key = shopId). Any
 * field left null in a published policy falls back to {@link DefaultPolicy}; see {@link
 * #mergedOver(ShopPolicy)}.
 *
 * @param generationEnabled false = "acknowledge only": every question gets the acknowledgement
 * @param systemPrompts system prompt per language ("ko", "en", ...)
 * @param acknowledgements the safe acknowledgement template per language
 * @param generationTimeoutMs how long the orchestrator waits for a model reply before it publishes
 *     the acknowledgement instead
 * @param shopName the shop's display name, put into the prompt (optional)
 * @param generationBackends ordered generation backends for this shop, e.g. {@code
 *     ["openai-compatible", "in-process"]}; null or empty = the reply worker's configured order.
 *     The acknowledgement always ends the order
 * @param followUpTargetHours how soon staff should post the real answer a reply promised, in hours
 *     (the review console's follow-up target; default {@link DefaultPolicy#FOLLOW_UP_TARGET_HOURS})
 * @param retentionDays how long the audit and the review console keep this shop's data, in days
 *     (default {@link DefaultPolicy#RETENTION_DAYS})
 */
public record ShopPolicy(
    String shopId,
    Boolean generationEnabled,
    Map<String, String> systemPrompts,
    Map<String, String> acknowledgements,
    GenerationParams generation,
    Long generationTimeoutMs,
    ModerationPolicy moderation,
    String shopName,
    List<String> generationBackends,
    Integer followUpTargetHours,
    Integer retentionDays) {

  public ShopPolicy {
    generationBackends =
        generationBackends == null || generationBackends.isEmpty()
            ? null
            : List.copyOf(generationBackends);
  }

  /** A policy without shop name and backends (the form written before they existed). */
  public ShopPolicy(
      String shopId,
      Boolean generationEnabled,
      Map<String, String> systemPrompts,
      Map<String, String> acknowledgements,
      GenerationParams generation,
      Long generationTimeoutMs,
      ModerationPolicy moderation) {
    this(
        shopId,
        generationEnabled,
        systemPrompts,
        acknowledgements,
        generation,
        generationTimeoutMs,
        moderation,
        null,
        null,
        null,
        null);
  }

  /** A policy without follow-up target and retention (the form written before they existed). */
  public ShopPolicy(
      String shopId,
      Boolean generationEnabled,
      Map<String, String> systemPrompts,
      Map<String, String> acknowledgements,
      GenerationParams generation,
      Long generationTimeoutMs,
      ModerationPolicy moderation,
      String shopName,
      List<String> generationBackends) {
    this(
        shopId,
        generationEnabled,
        systemPrompts,
        acknowledgements,
        generation,
        generationTimeoutMs,
        moderation,
        shopName,
        generationBackends,
        null,
        null);
  }

  /** This policy with every missing field taken from {@code base}. */
  public ShopPolicy mergedOver(ShopPolicy base) {
    return new ShopPolicy(
        shopId != null ? shopId : base.shopId,
        generationEnabled != null ? generationEnabled : base.generationEnabled,
        merge(systemPrompts, base.systemPrompts),
        merge(acknowledgements, base.acknowledgements),
        generation != null ? generation : base.generation,
        generationTimeoutMs != null ? generationTimeoutMs : base.generationTimeoutMs,
        moderation != null ? moderation : base.moderation,
        shopName != null ? shopName : base.shopName,
        generationBackends != null ? generationBackends : base.generationBackends,
        followUpTargetHours != null ? followUpTargetHours : base.followUpTargetHours,
        retentionDays != null ? retentionDays : base.retentionDays);
  }

  private static Map<String, String> merge(Map<String, String> own, Map<String, String> base) {
    if (own == null || own.isEmpty()) {
      return base;
    }
    var merged = new java.util.HashMap<>(base);
    merged.putAll(own);
    return Map.copyOf(merged);
  }

  /** The system prompt for a language, or the English one when the shop has none for it. */
  public String systemPromptFor(String language) {
    return pick(systemPrompts, language);
  }

  /** The acknowledgement for a language, or the English one when the shop has none for it. */
  public String acknowledgementFor(String language) {
    return pick(acknowledgements, language);
  }

  private static String pick(Map<String, String> byLanguage, String language) {
    Objects.requireNonNull(byLanguage, "policy has no texts; merge it over DefaultPolicy first");
    String text = byLanguage.get(language);
    return text != null ? text : byLanguage.get(DefaultPolicy.FALLBACK_LANGUAGE);
  }
}
