package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import java.util.List;
import java.util.Locale;

/**
 * LOW_CONFIDENCE: the engine's mean token log-probability is below the threshold for the
 * strictness. Greedy and top-p 0.9 replies score around -0.2 to -0.8; the garbled replies of
 * temperature 2 and above score -2.5 and lower. A NaN or infinite score is itself suspicious.
 * Absent scores (null) are not judged.
 */
final class LowConfidenceCheck implements Check {
  static final double LENIENT = -3.0;
  static final double NORMAL = -2.0;
  static final double STRICT = -1.2;

  @Override
  public List<ModerationReason> check(Subject subject) {
    Double score = subject.meanLogProb();
    if (score == null) {
      return List.of();
    }
    double threshold = subject.pick(LENIENT, NORMAL, STRICT);
    if (score.isNaN() || score.isInfinite() || score < threshold) {
      String evidence = String.format(Locale.ROOT, "mean log-prob %.3f < %.1f", score, threshold);
      return List.of(
          new ModerationReason(ReasonCodes.LOW_CONFIDENCE, evidence, 0, subject.text().length()));
    }
    return List.of();
  }
}
