package com.storefront.qa.moderation.output;

import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.acts.AllowedActs;
import com.storefront.qa.moderation.text.GatedPattern;

/**
 * HEALTH_LEGAL_CLAIM: medical, safety or legal statements ("아토피에 효과가 있습니다", "safe for babies",
 * "hypoallergenic", "legally compliant"). A shop answers for these; a model must not. A sentence
 * that defers ("아기가 사용해도 되는지 확인 후 안내드리겠습니다") is fine, and so is one made wholly of acknowledgement
 * acts: naming the question's subject ("Thanks for asking about the warranty") states nothing about
 * it.
 */
final class HealthLegalCheck extends SentenceCheck {
  private static final GatedPattern CLAIM =
      GatedPattern.compile(
          String.join(
              "|",
              "치료|완치|예방(?:\\s{0,3}효과|에\\s{0,3}좋|됩니다|합니다)|효능|효과(?:가|는)?\\s{0,3}(?:있|좋|탁월|뛰어)",
              "부작용(?:이|은)?\\s{0,3}(?:없|전혀)|의학적|임상|식약처|fda|kc\\s{0,3}인증|인증(?:을)?\\s{0,3}받",
              "무해|무독성|인체에\\s{0,3}(?:무해|안전)|유해\\s{0,3}물질(?:이|은)?\\s{0,3}(?:없|검출되지)",
              "알레르기(?:가|는)?\\s{0,3}(?:없|안전|걱정)|아토피|피부염|질병|질환|당뇨|혈압|면역력|항균|살균",
              "다이어트\\s{0,3}효과|체중\\s{0,3}감량",
              "(?:아기|아이|유아|영유아|신생아|임산부|임신|어린이)[^.!?\\n]{0,12}?"
                  + "(?:안전합|사용하셔도|써도|괜찮|문제\\s{0,3}없|무해)",
              "법적(?:으로)?|불법|합법|소송|법률|위법|책임지(?:겠|고)|보상해\\s{0,3}드리",
              "\\b(?:cures?|treats?|treatment|heals?|prevents?|therapeutic|medical(?:ly)?"
                  + "|clinical(?:ly)?|hypoallergenic|non-?toxic|toxin-?free|chemical-?free"
                  + "|side effects?|allerg(?:y|ies|ic)|eczema|disease|diabetes|blood pressure"
                  + "|immune|antibacterial|antiviral|weight loss|lose weight|doctor|prescription"
                  + "|legal(?:ly)?|illegal|lawsuit|liab(?:le|ility)|warrant(?:y|ied)|certified)\\b",
              "\\bkills? (?:[0-9.]+% of )?(?:germs|bacteria|viruses)\\b",
              "\\bsafe (?:for|to) (?:babies|infants|toddlers|kids|children|pregnan\\w{0,20}|newborns"
                  + "|eat|use|ingest|skin)\\b|\\bbaby[- ]safe\\b"));

  @Override
  String code() {
    return ReasonCodes.HEALTH_LEGAL_CLAIM;
  }

  @Override
  GatedPattern pattern() {
    return CLAIM;
  }

  @Override
  boolean excused(Subject subject, int start, int end) {
    return Hedges.deferral(subject.folded(), start, end)
        || AllowedActs.recognised(subject, start, end);
  }
}
