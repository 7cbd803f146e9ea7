package com.storefront.qa.moderation.output;

import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.acts.AllowedActs;
import com.storefront.qa.moderation.text.GatedPattern;

/**
 * DEFINITIVE_CLAIM: the reply states a product fact nobody has checked, which the system prompt
 * forbids ("네, 맞습니다! 다이어리에 내년도 공휴일들이 잘 표시되어 있습니다", "Yes, the lid is dishwasher safe").
 *
 * <p>A sentence with an assertive predicate ("있습니다", "됩니다", "is", "fits") and no sign of deferral
 * ({@link Hedges#SOFT}) is a claim. "네, 맞습니다" and "Yes, it is" at a sentence start are claims even
 * when a hedge follows: the answer has already been given.
 */
final class DefinitiveClaimCheck extends SentenceCheck {
  private static final GatedPattern ASSERTION =
      GatedPattern.compile(
          "(?:있습니다|없습니다|됩니다|않습니다|아닙니다|맞습니다|그렇습니다|가능합니다|불가능합니다|입니다"
              + "|적합합니다|적당합니다|충분합니다|호환됩니다|포함됩니다|좋습니다|편합니다|넉넉합니다|작습니다"
              + "|큽니다|드립니다|있어요|없어요|돼요|되요|맞아요|가능해요|이에요|예요|아니에요|않아요|좋아요)"
              + "(?![가-힣])"
              + "|\\b(?:is|are|isn't|aren't|does|doesn't|has|have|hasn't|haven't|comes|fits|works"
              + "|includes|contains|supports|holds|runs|lasts|can be|will be|won't|was|were|it's"
              + "|they're)\\b");

  private static final GatedPattern AFFIRMATION =
      GatedPattern.compile(
          "(?:^|(?<=[.!?\\n]))\\s{0,3}(?:네|예|넵|물론(?:이죠|입니다)?|그럼요|당연하죠|아니요|아뇨)[\\s,!.~]{0,4}"
              + "(?:맞습니다|맞아요|그렇습니다|그래요|가능합니다|가능해요|됩니다|돼요|있습니다|있어요|없습니다"
              + "|없어요|안\\s{0,3}됩니다|불가능합니다)"
              + "|(?:^|(?<=[.!?\\n]))\\s{0,3}(?:yes|yep|yeah|no|nope|absolutely|definitely|certainly"
              + "|of course)\\b[\\s,!.]{1,4}(?:it|that|this|they|the|you|both|its|there)\\b[^.!?\\n]{0,30}?"
              + "\\b(?:is|are|does|do|has|have|will|can|fits?|works?|comes?|includes?|isn't|doesn't"
              + "|won't|can't)\\b");

  @Override
  String code() {
    return ReasonCodes.DEFINITIVE_CLAIM;
  }

  @Override
  GatedPattern pattern() {
    return ASSERTION;
  }

  @Override
  GatedPattern always() {
    return AFFIRMATION;
  }

  @Override
  boolean excused(Subject subject, int start, int end) {
    // A sentence made wholly of acknowledgement acts ("와, 좋은 질문이에요!") asserts nothing about
    // the product, whatever its ending.
    return Hedges.soft(subject.folded(), start, end) || AllowedActs.recognised(subject, start, end);
  }
}
