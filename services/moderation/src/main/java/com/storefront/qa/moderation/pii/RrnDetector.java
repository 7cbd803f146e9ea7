package com.storefront.qa.moderation.pii;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Korean resident registration numbers (주민등록번호): YYMMDD, optional '-' or space, then a
 * gender/century digit 1–8 and six digits. The check digit is not verified: numbers issued since
 * October 2020 no longer carry a valid one, and a false mask costs nothing.
 */
final class RrnDetector implements Detector {
  private static final Pattern RRN =
      Pattern.compile(
          "(?<![0-9])[0-9]{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12][0-9]|3[01])[- ]?[1-8][0-9]{6}(?![0-9])");

  @Override
  public void find(String text, List<PiiFinding> out) {
    Matcher m = RRN.matcher(text);
    while (m.find()) {
      if (!Detector.claimed(out, m.start(), m.end())) {
        out.add(new PiiFinding(PiiType.RRN, m.start(), m.end()));
      }
    }
  }
}
