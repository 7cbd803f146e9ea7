package com.storefront.qa.review.web.text;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Cuts a draft into runs at every evidence boundary so the item view can highlight what moderation
 * objected to. Spans come from another service and are not trusted: out-of-range ends are clamped,
 * empty or reversed spans dropped, and a boundary inside a surrogate pair moves past it so no run
 * holds half an emoji. Overlapping spans give runs carrying every code that covers them.
 */
public final class Highlighter {
  private Highlighter() {}

  /** The runs of {@code text} (null = empty) with the codes of the spans covering each. */
  public static List<Marked> mark(String text, List<Span> spans) {
    String s = text == null ? "" : text;
    List<Span> valid = new ArrayList<>();
    TreeSet<Integer> cuts = new TreeSet<>(List.of(0, s.length()));
    for (Span span : spans) {
      int start = snap(s, Math.max(0, span.start()));
      int end = snap(s, Math.min(s.length(), span.end()));
      if (start < end) {
        valid.add(new Span(span.code(), start, end));
        cuts.add(start);
        cuts.add(end);
      }
    }
    List<Marked> out = new ArrayList<>();
    Integer from = cuts.first();
    for (Integer to : cuts.tailSet(from, false)) {
      List<String> codes = new ArrayList<>();
      for (Span span : valid) {
        if (span.start() <= from && to <= span.end() && !codes.contains(span.code())) {
          codes.add(span.code());
        }
      }
      out.add(new Marked(s.substring(from, to), codes));
      from = to;
    }
    return out;
  }

  /** Moves an offset that falls between a high and a low surrogate to just after the pair. */
  private static int snap(String s, int offset) {
    if (offset > 0
        && offset < s.length()
        && Character.isHighSurrogate(s.charAt(offset - 1))
        && Character.isLowSurrogate(s.charAt(offset))) {
      return offset + 1;
    }
    return Math.min(offset, s.length());
  }
}
