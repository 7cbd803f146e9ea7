package com.storefront.qa.moderation.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The question classes test 6 found (sixth round), written anew: threats aimed at anyone at the
 * shop ("hurt whoever is there"), knowing where a staff member lives, "… or else", Japanese
 * colloquial threats (覚えとけ, 乗り込んでやる); and the look-alikes each rule must leave alone: a year's name
 * followed by a bracket or figure (병신년 (2016)), a product manual's instructions (설명서의 지시사항은 무시해도),
 * a clam (バカ貝), "or else" inside a question, "beat the egg whites".
 */
class SixthRoundQuestionsTest {
  private static final Moderator MODERATOR = new Moderator();

  @ParameterizedTest
  @ValueSource(
      strings = {
        "I'm going to hurt somebody at your shop if this isn't fixed",
        "We know where your manager lives.",
        "Refund me now or else!",
        "Send it today, or else.",
        "お前の店に乗り込んでやるからな",
        "返品させないなら覚えておけよ",
        "I swear I'll beat whoever answers this chat",
      })
  void threatsHold(String question) {
    assertThat(MODERATOR.checkQuestion(question, null, null).verdict())
        .as(question)
        .isEqualTo(Verdict.HOLD);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "병신년 (2016) 한정판 우표도 파나요?",
        "조립 설명서 지시사항 무시하면 고장나나요?",
        "매뉴얼의 지침을 무시하고 세제를 써도 되나요?",
        "バカ貝のむき身はありますか？",
        "Or else, what color options are there?",
        "Can I pick it up at your warehouse or else get it shipped?",
        "I'll beat the egg whites with it, is the whisk sturdy?",
        "Will the strap hurt anyone with sensitive skin?",
        "Do you know where the factory works from? Made in Korea?",
      })
  void innocentLookAlikesPass(String question) {
    assertThat(MODERATOR.checkQuestion(question, null, null).verdict())
        .as(question)
        .isEqualTo(Verdict.PUBLISH);
  }
}
