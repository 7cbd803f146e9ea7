package com.storefront.qa.review.decide;

import com.storefront.qa.review.model.ReviewItem;
import java.util.regex.Pattern;

/** What each decision needs, checked before anything is written. */
final class DecisionRules {
  /** The orchestrator's limit for a staff answer, in code points. */
  static final int MAX_TEXT_CODE_POINTS = 4_000;

  private static final Pattern REASON_CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
  private static final int MAX_REASON_CHARS = 500;
  private static final int MAX_KEY_CHARS = 200;

  private DecisionRules() {}

  /** Checks the request on its own. */
  static void validate(DecisionRequest r) {
    if (r.decision() == null) {
      throw new InvalidDecisionException("decision is required");
    }
    if (r.reviewer() == null || r.reviewer().isBlank()) {
      throw new InvalidDecisionException("reviewer is required");
    }
    if (r.idempotencyKey() != null && r.idempotencyKey().length() > MAX_KEY_CHARS) {
      throw new InvalidDecisionException("idempotency key is longer than " + MAX_KEY_CHARS);
    }
    switch (r.decision()) {
      case EDIT, ANSWER -> requireText(r.text());
      case REJECT -> {
        if (r.reason() == null || !REASON_CODE.matcher(r.reason()).matches()) {
          throw new InvalidDecisionException(
              "REJECT needs a reason code (A-Z, 0-9, _; e.g. WRONG_FACT)");
        }
      }
      case CLOSE -> {
        if (r.reason() == null || r.reason().isBlank() || r.reason().length() > MAX_REASON_CHARS) {
          throw new InvalidDecisionException(
              "CLOSE needs a reason (1-" + MAX_REASON_CHARS + " characters)");
        }
      }
      case APPROVE -> {}
    }
  }

  /** Checks that the decision fits the item. */
  static void checkApplies(DecisionRequest r, ReviewItem item) {
    boolean held = "HELD".equals(item.reason());
    switch (r.decision()) {
      case APPROVE -> {
        if (!held || item.draftReply() == null || item.draftReply().isBlank()) {
          throw new InvalidDecisionException("APPROVE needs a held draft; answer instead");
        }
      }
      case EDIT, REJECT -> {
        if (!held || item.draftReply() == null) {
          throw new InvalidDecisionException(
              r.decision() + " needs a held draft; this item is a follow-up");
        }
      }
      case ANSWER, CLOSE -> {}
    }
  }

  private static void requireText(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidDecisionException("text is required");
    }
    int n = text.codePointCount(0, text.length());
    if (n > MAX_TEXT_CODE_POINTS) {
      throw new InvalidDecisionException(
          "text is %d characters; the limit is %d".formatted(n, MAX_TEXT_CODE_POINTS));
    }
  }
}
