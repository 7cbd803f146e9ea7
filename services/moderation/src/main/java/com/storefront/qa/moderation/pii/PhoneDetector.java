package com.storefront.qa.moderation.pii;

import com.storefront.qa.moderation.text.GatedPattern;
import java.util.List;

/**
 * Korean mobile (010, 011, 016–019), landline (02, 031–064) and internet-phone (070) numbers, with
 * or without separators, domestic or +82. Shop hotlines (1588-xxxx) are not personal data; the
 * reply check treats them as invented contacts instead.
 */
public final class PhoneDetector implements Detector {
  /** Bounded quantifiers only and a fixed prefix: matching is linear in the text. */
  public static final GatedPattern PHONE =
      GatedPattern.compile(
          "(?<![0-9+])(?:\\+82[- ]?(?:\\(0\\))?|0)"
              + "(?:1[016789]|2|[3-6][1-5]|70)"
              + "(?:[-. )]|\\) ?)?[0-9]{3,4}[-. ]?[0-9]{4}(?![0-9])");

  @Override
  public void find(String text, List<PiiFinding> out) {
    int at = 0;
    int[] m;
    while ((m = PHONE.find(text, at, text.length())) != null) {
      if (!Detector.claimed(out, m[0], m[1])) {
        out.add(new PiiFinding(PiiType.PHONE, m[0], m[1]));
      }
      at = m[1];
    }
  }
}
