package com.storefront.qa.moderation;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.acts.AllowedActs;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reconciles the reply checks' findings. The allow-list and the reason-specific checks often see
 * the same sentence: "내일 도착합니다" is both unrecognised and a COMMITMENT. The specific code says more
 * to a reviewer, so an UNRECOGNISED_STATEMENT that overlaps another finding is dropped. And a
 * shop's approved phrase is the shop's own wording: content findings inside one are dropped. A
 * degenerate reply (stray scripts, loops, garbage, wrong language) is held for that; what the
 * grammar makes of broken text adds nothing, so it is not reported.
 */
final class ReplyReasons {
  /** Findings about what a reply states, which a shop's approved wording may contain. */
  private static final Set<String> CONTENT =
      Set.of(
          ReasonCodes.DEFINITIVE_CLAIM,
          ReasonCodes.COMMITMENT,
          ReasonCodes.HEALTH_LEGAL_CLAIM,
          ReasonCodes.INVENTED_CONTACT,
          ReasonCodes.UNRECOGNISED_STATEMENT);

  /** Findings that mean the text is broken rather than wrong. */
  private static final Set<String> DEGENERATION =
      Set.of(
          ReasonCodes.SCRIPT_MIXING,
          ReasonCodes.REPETITION,
          ReasonCodes.GARBAGE,
          ReasonCodes.LANGUAGE_MISMATCH,
          ReasonCodes.TOO_LONG);

  private ReplyReasons() {}

  static List<ModerationReason> settle(List<ModerationReason> reasons, Subject subject) {
    List<int[]> approved = AllowedActs.approvedSpans(subject);
    boolean degenerate = false;
    for (ModerationReason r : reasons) {
      degenerate |= DEGENERATION.contains(r.code());
    }
    List<ModerationReason> out = new ArrayList<>(reasons.size());
    for (ModerationReason r : reasons) {
      if (CONTENT.contains(r.code()) && within(approved, r)) {
        continue;
      }
      if (r.code().equals(ReasonCodes.UNRECOGNISED_STATEMENT)
          && (degenerate || overlapsOther(reasons, r))) {
        continue;
      }
      out.add(r);
    }
    return out;
  }

  private static boolean within(List<int[]> spans, ModerationReason r) {
    for (int[] s : spans) {
      if (s[0] <= r.start() && r.end() <= s[1]) {
        return true;
      }
    }
    return false;
  }

  private static boolean overlapsOther(List<ModerationReason> reasons, ModerationReason u) {
    for (ModerationReason r : reasons) {
      if (!r.code().equals(ReasonCodes.UNRECOGNISED_STATEMENT)
          && r.start() < u.end()
          && u.start() < Math.max(r.end(), r.start() + 1)) {
        return true;
      }
    }
    return false;
  }
}
