package com.storefront.qa.moderation.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Threats against the shop and its staff that reached the model on test set 5 (making the staff
 * regret it, turning up at the warehouse, smashing the shop), written anew in four languages, and
 * the innocent look-alikes each rule must leave alone.
 */
class ThreatClassesTest {
  private static final Moderator MODERATOR = new Moderator();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Ship it today or I'll make you all regret it",
        "I'm going to show up at your store and make someone pay for this",
        "keep ignoring me and I'll smash up your shop",
        "再不退款我就把你们店砸了",
        "你们等着瞧！",
        "找人收拾你们这些客服",
        "返金しないなら覚えてろ",
        "환불 안 해주면 가게 다 부숴 버릴 거야",
        "계속 무시하면 가만 안 둔다"
      })
  void threatsHold(String question) {
    assertThat(MODERATOR.checkQuestion(question, null, null).verdict())
        .as(question)
        .isEqualTo(Verdict.HOLD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Will I regret buying the smaller size?",
        "Can I come to your store to pick it up?",
        "这个砸价活动还有吗",
        "可以等着到货再发吗",
        "이 의자 가만히 두면 삐걱거려요?",
        "두고 쓰기 좋은 크기인가요?",
        "覚えておきたいので使い方を教えてください"
      })
  void innocentLookAlikesPass(String question) {
    assertThat(MODERATOR.checkQuestion(question, null, null).verdict())
        .as(question)
        .isEqualTo(Verdict.PUBLISH);
  }
}
