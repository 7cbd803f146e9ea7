package com.storefront.qa.review.web.diff;

/**
 * One run of a diff: text both versions share, text only the original draft had, or text only the
 * final version has. The text is raw; templates escape it like any other user or model text.
 */
public record DiffSegment(Kind kind, String text) {

  /** Which side a run belongs to. */
  public enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  /** True for a run both versions share (templates render it plainly). */
  public boolean same() {
    return kind == Kind.SAME;
  }

  /** True for a run only the original draft had. */
  public boolean removed() {
    return kind == Kind.REMOVED;
  }

  /** True for a run only the final text has. */
  public boolean added() {
    return kind == Kind.ADDED;
  }
}
