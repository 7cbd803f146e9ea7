package com.storefront.qa.moderation.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Abuse disguised by masks, look-alikes, spacing and digits reaches staff, not the model. */
class MaskedAbuseTest {
  private static final Moderator MODERATOR = new Moderator();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "where the f*** is my package",
        "this sh*t broke",
        "you a$$holes never answer",
        "b!tch please",
        "s h i t zipper",
        "s.h.i.t zipper",
        "b i t c h where is my refund",
        "fcuk, wrong size",
        "시1발 환불 돼요?",
        "병1신 같은 포장",
        "ㅆ1발 교환해줘요",
        "ㅈ같은 품질",
        "tlqkf 배송 왜 안 와"
      })
  void disguisedAbuseHolds(String question) {
    assertThat(MODERATOR.checkQuestion(question, null, null).verdict())
        .as(question)
        .isEqualTo(Verdict.HOLD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Is this the assassin's creed edition?",
        "It's hit the shelves yet?",
        "Is the shiitake powder organic?",
        "Does the Dickens box set ship today?",
        "시발점이 어디예요?",
        "3시 발송 마감인가요?",
        "병 신청은 어디서 하나요?",
        "18개 세트로 살 수 있어요?",
        "Can I get the 18 pack?"
      })
  void innocentTextDoesNot(String question) {
    assertThat(MODERATOR.checkQuestion(question, null, null).verdict())
        .as(question)
        .isEqualTo(Verdict.PUBLISH);
  }
}
