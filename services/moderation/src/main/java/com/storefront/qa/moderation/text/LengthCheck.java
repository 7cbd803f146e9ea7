package com.storefront.qa.moderation.text;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import java.util.List;

/**
 * EMPTY (nothing but whitespace) and TOO_LONG (more code points than the strictness allows). Used
 * by both stages with their own limits.
 */
public final class LengthCheck implements Check {
  private final int lenient;
  private final int normal;
  private final int strict;

  /** Limits in code points per strictness. */
  public LengthCheck(int lenient, int normal, int strict) {
    this.lenient = lenient;
    this.normal = normal;
    this.strict = strict;
  }

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    if (text.isBlank()) {
      return List.of(new ModerationReason(ReasonCodes.EMPTY, "", 0, text.length()));
    }
    int limit = subject.pick(lenient, normal, strict);
    // Cheap bound first: a string shorter than the limit in chars is shorter in code points.
    if (text.length() > limit && text.codePointCount(0, text.length()) > limit) {
      int cut = text.offsetByCodePoints(0, limit);
      return List.of(
          new ModerationReason(
              ReasonCodes.TOO_LONG,
              text.codePointCount(0, text.length()) + " > " + limit + " code points",
              cut,
              text.length()));
    }
    return List.of();
  }
}
