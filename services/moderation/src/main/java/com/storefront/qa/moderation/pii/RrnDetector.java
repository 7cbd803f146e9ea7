package com.storefront.qa.moderation.pii;

import com.storefront.qa.moderation.text.GatedPattern;
import java.util.List;

/**
 * Korean resident registration numbers (주민등록번호): YYMMDD, optional '-' or space, then a
 * gender/century digit 1–8 and six digits. The check digit is not verified: numbers issued since
 * October 2020 no longer carry a valid one, and a false mask costs nothing.
 */
final class RrnDetector implements Detector {
  private static final GatedPattern RRN =
      GatedPattern.compile(
          "(?<![0-9])[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[- ]?[1-8][0-9]{6}(?![0-9])");

  @Override
  public void find(String text, List<PiiFinding> out) {
    int at = 0;
    int[] m;
    while ((m = RRN.find(text, at, text.length())) != null) {
      if (!Detector.claimed(out, m[0], m[1])) {
        out.add(new PiiFinding(PiiType.RRN, m[0], m[1]));
      }
      at = m[1];
    }
  }
}
