package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.KoreanWords.LOOSE_WORD;
import static com.storefront.qa.moderation.acts.KoreanWords.WORD;

/**
 * The acts of a Korean acknowledgement. Free noun phrases (a topic, an object of "확인") are runs of
 * words none of which ends in a predicate: a final ending (다, 요, 죠) or a connective that carries a
 * statement (며, 지만, 는데, 라서, 있고, 이라). That is what keeps "식기세척기 사용 가능 여부는 담당자가 확인 후" a topic and
 * "식기세척기 사용이 가능하며 담당자가" not.
 *
 * <p>The acts live in one class per family: {@link KoreanWords} (what a free word may be), {@link
 * KoreanCourtesy} (greeting, thanks, patience, apology, closing, links), {@link KoreanTopics}
 * (topic noun phrases, empathy and restating), {@link KoreanDeferrals} (what the staff will do, and
 * why) and {@link KoreanCare} (why the staff take care, the purpose of the wait, wishes). A new act
 * goes into its family's class.
 */
final class KoreanActs {
  static final Grammar GRAMMAR =
      KoreanCare.addTo(
          KoreanDeferrals.addTo(
              KoreanTopics.addTo(KoreanCourtesy.addTo(new Grammar(WORD, LOOSE_WORD)))));

  private KoreanActs() {}
}
