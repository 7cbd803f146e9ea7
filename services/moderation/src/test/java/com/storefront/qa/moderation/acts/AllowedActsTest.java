package com.storefront.qa.moderation.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.contracts.policy.ModerationPolicy;
import com.storefront.qa.contracts.policy.ModerationPolicy.Strictness;
import com.storefront.qa.contracts.policy.ShopPolicy;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.OutputCheck;
import com.storefront.qa.moderation.ReasonCodes;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The allow-list of acknowledgement acts: what publishes, what holds, and the shop's phrases. */
class AllowedActsTest {
  private static final Moderator MODERATOR = new Moderator();

  private static OutputCheck reply(String question, String reply, String lang) {
    return MODERATOR.checkReply(question, reply, lang, null, null);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ko", "en", "ja", "zh"})
  void theShopsDefaultAcknowledgementPublishesInEveryLanguage(String lang) {
    String ack = DefaultPolicy.ACKNOWLEDGEMENTS.get(lang);
    assertThat(reply("?", ack, lang).verdict()).as(ack).isEqualTo(Verdict.PUBLISH);
  }

  @Test
  void japaneseAndChineseAcknowledgementsInTheShopsStylePublishAndClaimsHold() {
    assertThat(
            reply(
                    "この水筒は食洗機で洗えますか？",
                    "お問い合わせありがとうございます。食洗機でのご使用可否につきましては、担当者が確認のうえご連絡いたします。少々お待ちください。",
                    "ja")
                .verdict())
        .isEqualTo(Verdict.PUBLISH);
    assertThat(reply("この水筒は食洗機で洗えますか？", "はい、こちらの水筒は食洗機対応です。", "ja").verdict())
        .isEqualTo(Verdict.HOLD);
    assertThat(
            reply("这个杯子可以用洗碗机洗吗？", "您好，感谢您的咨询！关于能否使用洗碗机清洗，我们的商品负责人会确认后尽快回复您，请稍候。", "zh").verdict())
        .isEqualTo(Verdict.PUBLISH);
    assertThat(reply("这个杯子可以用洗碗机洗吗？", "您好！这款杯子可以放洗碗机清洗，请放心使用。", "zh").verdict())
        .isEqualTo(Verdict.HOLD);
  }

  @Test
  void aTopicMayNameTheSubjectButCarryNoPredicate() {
    String q = "이 텀블러 식기세척기에 넣어도 되나요?";
    assertThat(reply(q, "식기세척기 사용 가능 여부는 담당자가 확인 후 안내드리겠습니다.", "ko").verdict())
        .isEqualTo(Verdict.PUBLISH);
    OutputCheck claim = reply(q, "식기세척기 사용이 가능하며 담당자가 확인 후 안내드리겠습니다.", "ko");
    assertThat(claim.verdict()).isEqualTo(Verdict.HOLD);
    assertThat(claim.reasons())
        .extracting(ModerationReason::code)
        .contains(ReasonCodes.UNRECOGNISED_STATEMENT);
    assertThat(claim.reasons().get(0).evidence()).startsWith("식기세척기 사용이 가능하며");
    assertThat(reply(q, "식기세척기 사용이 가능하고, 자세한 내용은 담당자가 안내드리겠습니다.", "ko").verdict())
        .isEqualTo(Verdict.HOLD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // A claim after a friendly opener, with a deferral after it.
        "안녕하세요! 내부는 스테인리스라서 냄새가 나지 않아요. 담당자가 확인 후 안내드리겠습니다.",
        "Thanks for asking! The lid is top-rack dishwasher safe, but our team can confirm.",
        // A figure softened by a hedge word.
        "안녕하세요! 배터리는 보통 8시간 정도 사용 가능합니다. 담당자가 확인 후 알려드릴게요.",
        "Hi! It usually lasts around 10 hours. Our team will confirm the exact figure.",
        // Other customers standing in for a fact.
        "문의 감사합니다! 다른 고객님들은 대부분 M을 선택하셨어요. 담당자가 확인해 드릴게요.",
        "Most customers say it runs small. Our team will check the measurements too.",
        // A time frame, even with "staff will confirm".
        "보통 결제 후 2~3일 이내에 받아보실 수 있어요. 정확한 일정은 담당자가 확인 후 안내드리겠습니다.",
        "We expect it back in stock next week. Our team will confirm the exact date.",
        // Steering to another shop; a recommendation.
        "재입고는 담당자가 확인 중입니다. 급하시면 다른 쇼핑몰에서 구매하시는 것도 방법이에요.",
        "문의 감사합니다! 민감성 피부에도 추천드려요. 담당자가 확인 후 안내드릴게요.",
        // Facts smuggled into an allowed act.
        "Our team will confirm the lid is dishwasher safe and get back to you.",
        "담당자가 확인한 결과 보온 기능이 있는 제품으로 확인되었습니다."
      })
  void statementsThatNoActAllowsHold(String text) {
    String lang = text.chars().anyMatch(c -> c >= '가' && c <= '힣') ? "ko" : "en";
    assertThat(reply("질문 question?", text, lang).verdict()).as(text).isEqualTo(Verdict.HOLD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "와, 좋은 질문이에요! 사이즈는 담당자가 실측 정보를 확인해서 안내드릴게요. 조금만 기다려 주세요!",
        "블렌더로 얼음 분쇄가 가능한지 문의해 주셨네요! 담당자가 사양을 확인한 후 안내해 드리겠습니다.",
        "문의 감사해요~ 도정일은 담당자가 확인하고 바로 알려드릴게요! 조금만 기다려 주시면 감사하겠습니다 :)",
        "Great question! Our team will confirm whether the lid fits and get back to you shortly.",
        "You'd like to know whether the dock can run two monitors. Our team will verify this and follow up.",
        "hey, thanks for the question! we'll have someone from the team check and get back to you soon :)"
      })
  void trickyGoodRepliesPublish(String text) {
    String lang = text.chars().anyMatch(c -> c >= '가' && c <= '힣') ? "ko" : "en";
    assertThat(reply("질문 question?", text, lang).verdict()).as(text).isEqualTo(Verdict.PUBLISH);
  }

  @Test
  void aLanguageWithoutAGrammarFallsBackToTheShopsWording() {
    assertThat(
            reply("¿Es impermeable?", "Gracias por su pregunta. Nuestro equipo lo revisará.", "es")
                .verdict())
        .isEqualTo(Verdict.HOLD);
  }

  @Test
  void aShopsApprovedPhraseWidensTheAllowList() {
    String q = "언제 답변 받을 수 있나요?";
    String text = "문의 감사합니다. 평일 기준 1–2일 내 답변드립니다.";
    assertThat(reply(q, text, "ko").verdict()).isEqualTo(Verdict.HOLD);
    ModerationPolicy shop =
        new ModerationPolicy(
            true, true, Set.of(), Strictness.NORMAL, List.of("평일 기준 1–2일 내 답변드립니다"));
    OutputCheck widened = MODERATOR.checkReply(q, text, "ko", null, shop);
    assertThat(widened.verdict()).as(widened.reasons().toString()).isEqualTo(Verdict.PUBLISH);
    // Spacing and ASCII case do not matter; a claim next to the phrase still holds.
    assertThat(MODERATOR.checkReply(q, "평일 기준 1–2일 내  답변드립니다.", "ko", null, shop).verdict())
        .isEqualTo(Verdict.PUBLISH);
    assertThat(
            MODERATOR
                .checkReply(q, "평일 기준 1–2일 내 답변드립니다. 이 제품은 방수가 됩니다.", "ko", null, shop)
                .verdict())
        .isEqualTo(Verdict.HOLD);
  }

  @Test
  void policyJsonWithoutApprovedPhrasesStillReadsAndMeansNone() throws Exception {
    ModerationPolicy old =
        Json.MAPPER.readValue(
            "{\"autoPublish\":true,\"fallbackOnHold\":true,\"holdReasons\":[],\"strictness\":\"NORMAL\"}",
            ModerationPolicy.class);
    assertThat(old.approvedPhrases()).isEmpty();
    assertThat(old).isEqualTo(ModerationPolicy.defaults());
    ModerationPolicy withPhrases =
        Json.MAPPER.readValue(
            "{\"autoPublish\":true,\"fallbackOnHold\":true,\"holdReasons\":[],\"strictness\":\"NORMAL\","
                + "\"approvedPhrases\":[\"평일 기준 1–2일 내 답변드립니다\"]}",
            ModerationPolicy.class);
    assertThat(withPhrases.approvedPhrases()).containsExactly("평일 기준 1–2일 내 답변드립니다");
    ShopPolicy shop =
        Json.MAPPER.readValue(
            "{\"shopId\":\"s\",\"moderation\":{\"autoPublish\":true,\"fallbackOnHold\":true,"
                + "\"holdReasons\":[],\"strictness\":\"STRICT\"}}",
            ShopPolicy.class);
    assertThat(shop.moderation().approvedPhrases()).isEmpty();
  }
}
