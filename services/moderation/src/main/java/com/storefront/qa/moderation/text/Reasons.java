package com.storefront.qa.moderation.text;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Subject;
import java.util.ArrayList;
import java.util.List;

/** Small helpers for building reasons from matches. */
public final class Reasons {
  /** Evidence is for a reviewer's eye, not a copy of the text: long spans are cut. */
  public static final int MAX_EVIDENCE = 80;

  private Reasons() {}

  /** A reason whose evidence is the text of [start, end), cut to {@link #MAX_EVIDENCE}. */
  public static ModerationReason of(String code, CharSequence text, int start, int end) {
    int cut = Math.min(end, start + MAX_EVIDENCE);
    return new ModerationReason(code, text.subSequence(start, cut).toString(), start, end);
  }

  /**
   * One reason per match of {@code pattern} (lower-case, no case flags) in [from, to) of the
   * subject's folded text, at most {@code max}; evidence comes from the original text.
   */
  public static List<ModerationReason> matches(
      String code, GatedPattern pattern, Subject subject, int from, int to, int max) {
    List<ModerationReason> out = null;
    int at = from;
    int[] m;
    while (at < to && (m = pattern.find(subject.folded(), at, to)) != null) {
      if (out == null) {
        out = new ArrayList<>(2);
      }
      out.add(of(code, subject.text(), m[0], m[1]));
      if (out.size() >= max) {
        break;
      }
      at = Math.max(m[1], m[0] + 1);
    }
    return out == null ? List.of() : out;
  }

  /** The first match of {@code pattern} in [from, to) of the folded text, as a reason, or null. */
  public static ModerationReason first(
      String code, GatedPattern pattern, Subject subject, int from, int to) {
    int[] m = pattern.find(subject.folded(), from, to);
    return m == null ? null : of(code, subject.text(), m[0], m[1]);
  }
}
