package com.storefront.qa.moderation.text;

import com.storefront.qa.contracts.event.ModerationReason;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

  /** One reason per match of {@code pattern} in [from, to) of {@code text}, at most {@code max}. */
  public static List<ModerationReason> matches(
      String code, Pattern pattern, String text, int from, int to, int max) {
    List<ModerationReason> out = null;
    Matcher m = pattern.matcher(text).region(from, to);
    while (m.find()) {
      if (out == null) {
        out = new ArrayList<>(2);
      }
      out.add(of(code, text, m.start(), m.end()));
      if (out.size() >= max) {
        break;
      }
    }
    return out == null ? List.of() : out;
  }

  /** The first match of {@code pattern} in [from, to), as a reason, or null. */
  public static ModerationReason first(
      String code, Pattern pattern, String text, int from, int to) {
    Matcher m = pattern.matcher(text).region(from, to);
    return m.find() ? of(code, text, m.start(), m.end()) : null;
  }
}
