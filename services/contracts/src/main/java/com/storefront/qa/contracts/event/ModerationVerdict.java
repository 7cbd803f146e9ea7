package com.storefront.qa.contracts.event;

import java.time.Instant;
import java.util.List;

/**
 * A moderation verdict on {@code qa.moderation.v1}, key = questionId. {@code checkedText} is the
 * text as judged, with personal data masked.
 */
public record ModerationVerdict(
    int schemaVersion,
    String verdictId,
    String questionId,
    String shopId,
    ModerationStage stage,
    Verdict verdict,
    List<ModerationReason> reasons,
    String checkedText,
    Instant decidedAt) {

  public static final int SCHEMA_VERSION = 1;

  /** Stable per question and stage, so a replayed verdict upserts the same audit row. */
  public static String verdictId(String questionId, ModerationStage stage) {
    return questionId + "#" + stage.name().toLowerCase(java.util.Locale.ROOT);
  }
}
