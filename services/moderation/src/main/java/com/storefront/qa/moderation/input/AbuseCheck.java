package com.storefront.qa.moderation.input;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.policy.ModerationPolicy.Strictness;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import java.util.ArrayList;
import java.util.List;

/**
 * ABUSE: profanity or insults in a question ({@link AbuseLexicon}, and {@link MaskedAbuse} for
 * disguised spellings). Strong words count at every strictness, mild ones ("stupid", "짜증") only
 * under STRICT.
 */
public final class AbuseCheck implements Check {
  /** Abuse is visible early; scanning a bounded head keeps a huge paste cheap. */
  static final int SCAN_LIMIT = 4_000;

  private static final int MAX_REASONS = 5;

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    int to = Math.min(text.length(), SCAN_LIMIT);
    List<ModerationReason> strong = new ArrayList<>(0);
    for (GatedPattern p : AbuseLexicon.STRONG_BY_SCRIPT) {
      strong.addAll(
          Reasons.matches(ReasonCodes.ABUSE, p, subject, 0, to, MAX_REASONS - strong.size()));
    }
    if (strong.isEmpty()) {
      // Disguises the lexicon's patterns do not spell out: masks, look-alikes, spaced letters.
      int[] masked = MaskedAbuse.find(subject.folded(), to);
      if (masked != null) {
        strong = List.of(Reasons.of(ReasonCodes.ABUSE, text, masked[0], masked[1]));
      }
    }
    if (subject.strictness() != Strictness.STRICT) {
      return strong;
    }
    List<ModerationReason> all = new ArrayList<>(strong);
    all.addAll(Reasons.matches(ReasonCodes.ABUSE, AbuseLexicon.MILD, subject, 0, to, MAX_REASONS));
    return all;
  }
}
