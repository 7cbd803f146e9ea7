package com.storefront.qa.review.web.text;

import java.util.List;

/**
 * A run of text with the reason codes whose evidence covers it (empty = plain). The text is raw;
 * the template escapes it and wraps marked runs in {@code <mark>}.
 */
public record Marked(String text, List<String> codes) {

  public Marked {
    codes = List.copyOf(codes);
  }

  /** True when at least one reason's evidence covers this run. */
  public boolean marked() {
    return !codes.isEmpty();
  }

  /** The codes joined for the mark's title, e.g. {@code DEFINITIVE_CLAIM, PII_PHONE}. */
  public String title() {
    return String.join(", ", codes);
  }
}
