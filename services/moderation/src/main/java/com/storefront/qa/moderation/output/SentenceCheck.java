package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import com.storefront.qa.moderation.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * Base of the checks that judge a reply sentence by sentence: a sentence matching {@link
 * #pattern()} is a finding unless {@link #excused} says its hedge makes it safe. Also runs {@link
 * #always()} over the whole reply: phrases that are findings whatever surrounds them.
 */
abstract class SentenceCheck implements Check {
  /** Replies are short; a huge one is TOO_LONG anyway, so only a bounded head is read. */
  static final int SCAN_LIMIT = 4_000;

  private static final int MAX_REASONS = 5;

  /** The reason code this check emits. */
  abstract String code();

  /** What makes a sentence suspect. */
  abstract GatedPattern pattern();

  /** Phrases that are findings even inside a hedged sentence; null if none. */
  GatedPattern always() {
    return null;
  }

  /** True when the hedge in sentence [start, end) of the subject makes a suspect sentence safe. */
  abstract boolean excused(Subject subject, int start, int end);

  @Override
  public final List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    int limit = Math.min(text.length(), SCAN_LIMIT);
    List<ModerationReason> out = new ArrayList<>(2);
    GatedPattern always = always();
    if (always != null) {
      out.addAll(Reasons.matches(code(), always, subject, 0, limit, MAX_REASONS));
    }
    String folded = subject.folded();
    for (int[] s : Sentences.split(text, limit)) {
      if (out.size() >= MAX_REASONS) {
        break;
      }
      int[] m = pattern().find(folded, s[0], s[1]);
      if (m != null && !excused(subject, s[0], s[1]) && !covered(out, m[0])) {
        out.add(Reasons.of(code(), text, m[0], m[1]));
      }
    }
    return out;
  }

  private static boolean covered(List<ModerationReason> found, int at) {
    for (ModerationReason r : found) {
      if (r.start() <= at && at < r.end()) {
        return true;
      }
    }
    return false;
  }
}
