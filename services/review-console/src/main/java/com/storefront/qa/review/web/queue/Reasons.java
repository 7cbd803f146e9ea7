package com.storefront.qa.review.web.queue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.json.Json;
import java.util.List;

/** Reads an item's stored moderation reasons (a JSON array of {@link ModerationReason}). */
public final class Reasons {
  private static final TypeReference<List<ModerationReason>> LIST = new TypeReference<>() {};

  private Reasons() {}

  /** The reasons, or none when the column is empty or not the expected JSON. */
  public static List<ModerationReason> parse(String json) {
    if (json == null || json.isBlank()) {
      return List.of();
    }
    try {
      List<ModerationReason> reasons = Json.MAPPER.readValue(json, LIST);
      return reasons == null ? List.of() : reasons;
    } catch (JsonProcessingException e) {
      // The pages still render the item; the reasons are shown as missing, not invented.
      return List.of();
    }
  }

  /** The distinct codes, in order. */
  public static List<String> codes(List<ModerationReason> reasons) {
    return reasons.stream().map(ModerationReason::code).distinct().toList();
  }
}
