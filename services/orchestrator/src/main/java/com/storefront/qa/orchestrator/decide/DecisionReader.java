package com.storefront.qa.orchestrator.decide;

import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.json.Json;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Reads one record of {@code qa.review.decisions.v1}. The console is the only producer, so an
 * unreadable record is a bug there: it is skipped (logged and counted by the caller), never allowed
 * to stop the topology.
 */
public final class DecisionReader {
  private DecisionReader() {}

  /** The decision, or empty when the bytes are not a complete schema-1 decision. */
  public static Optional<ReviewDecision> read(byte[] value) {
    if (value == null) {
      return Optional.empty();
    }
    ReviewDecision d;
    try {
      d = Json.fromBytes(value, ReviewDecision.class);
    } catch (UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
    boolean complete =
        d != null
            && d.schemaVersion() == ReviewDecision.SCHEMA_VERSION
            && notBlank(d.decisionId())
            && notBlank(d.questionId())
            && notBlank(d.shopId())
            && d.action() != null;
    return complete ? Optional.of(d) : Optional.empty();
  }

  private static boolean notBlank(String s) {
    return s != null && !s.isBlank();
  }
}
