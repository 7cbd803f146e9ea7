package com.storefront.qa.moderation.pii;

import java.util.List;

/** Finds one kind of personal data. Implementations are stateless and linear in the text. */
interface Detector {
  /**
   * Adds findings to {@code out}, skipping any that overlap a finding already there (an earlier
   * detector claimed that text).
   */
  void find(String text, List<PiiFinding> out);

  /** True when [start, end) overlaps a finding already claimed. */
  static boolean claimed(List<PiiFinding> out, int start, int end) {
    for (PiiFinding f : out) {
      if (f.overlaps(start, end)) {
        return true;
      }
    }
    return false;
  }
}
