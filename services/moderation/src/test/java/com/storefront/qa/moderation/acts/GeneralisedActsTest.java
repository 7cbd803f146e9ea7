package com.storefront.qa.moderation.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The acts widened by class (issue 9, third held-out round): patience, apology, receipt, empathy,
 * exclamation and list forms in four languages publish, and none of them can carry a fact. Rows are
 * {@code language|question|reply}; {@code \\n} in a reply is a line break.
 */
class GeneralisedActsTest {
  private static final Moderator MODERATOR = new Moderator();

  private static Verdict verdict(String lang, String question, String reply) {
    return MODERATOR.checkReply(question, reply.replace("\\n", "\n"), lang, null, null).verdict();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Is it waterproof?|Sorry for the wait, it is fully waterproof.",
        "en|Is it waterproof?|Planning a hiking trip? This jacket keeps you dry in any storm.",
        "en|Is it waterproof?|We've received your question about the jacket, which is waterproof.",
        "en|Is it waterproof?|Hang tight — it ships tomorrow!",
        "en|Is it waterproof?|Thanks for letting us know, most customers love it.",
        "en|Is it waterproof?|I can't confirm that right now, but yes it's waterproof.",
        "en|Is it waterproof?|Here's what happens next:\\n1. It ships in 2 days.\\n2. You get it Friday.",
        "ko|방수 돼요?|디자인이 멋져요! 담당자가 확인 후 안내드리겠습니다.",
        "ko|방수 돼요?|문의 잘 받았습니다. 방수가 잘 되는 제품이에요.",
        "ko|방수 돼요?|답변 드리기 어려워서 죄송하지만 방수는 됩니다.",
        "ko|색상 몇 가지예요?|색상은 아래와 같아요.\\n- 블랙\\n- 화이트",
        "ko|방수 돼요?|캠핑 가시나 봐요! 이 텐트면 비 와도 끄떡없어요.",
        "ko|방수 돼요?|담당자가 확인해 드릴 거예요. 아마 방수될 거예요.",
        "ja|防水ですか？|お問い合わせですね。防水加工済みです。",
        "ja|防水ですか？|お待たせして申し訳ありませんが、防水対応となっております。",
        "zh|防水吗？|您的问题我们已经收到啦！这款是防水的。",
        "zh|防水吗？|非常抱歉让您久等了，这款包是防水的哦。",
        "zh|尺码偏大吗？|您问的尺码是否偏大，其实是偏大一码的。"
      })
  void aWidenedActStillCarriesNoFact(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.HOLD);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "en|Is it waterproof?|Oh, a rainy-season hike — fun! Our product team will check the waterproof rating and get back to you.",
        "en|Is it waterproof?|We've got your question logged, and a specialist will verify the rating soon.",
        "ko|방수 돼요?|우와아 장마철 대비 중이시군요! 방수 여부는 담당자가 점검한 다음 답변 올려 드릴게요 ㅎㅎ",
        "ko|방수 돼요?|문의 내용 잘 받았습니다! 담당 부서에 전달해 두었으니 조금만 기다려 주세요.",
        "ja|防水ですか？|防水かどうかについてのご質問ですね。担当の者が確認し、改めてご連絡いたします。",
        "zh|防水吗？|亲亲，收到您的提问啦！是否防水我们会请专员核实后给您答复，请稍等哦~",
        "ko|이 냄비 인덕션 돼요?|안녕하세요, 고객님! 인덕션 사용 가능 여부를 문의해 주셨네요. 담당 직원이 제품 사양을 체크한 뒤 빠르게 답변 드리도록 하겠습니다. 감사합니다 😊",
        "ko|이 우산 자동이에요?|오! 우산 자동 개폐 기능이 궁금하시군요~ 해당 부분은 제품 담당자가 확인하고 나서 정확하게 알려 드리겠습니다. 잠시만 기다려 주세요!",
        "ko|이 가습기 소음 어때요?|가습기 소음이 신경 쓰이시는군요. 밤에 사용하실 거라면 더욱 그러실 것 같아요. 담당자가 확인 후 안내해 드릴게요.",
        "ko|배송 언제 돼요?|배송 일정 문의 주셔서 감사합니다! 출고 일정은 물류 담당자에게 확인 요청을 드렸습니다. 확인되는 대로 바로 말씀드릴게요.",
        "ko|이 쿠션 커버 분리돼요?|문의해 주셔서 고맙습니다~ 커버 분리 여부는 저희가 직접 확인해 보고 연락드릴게요!",
        "ko|이 바지 기장 수선 돼요?|안녕하세요! 바지 기장 수선 서비스 관련 문의시군요. 담당 부서와 상의한 후 답변드리겠습니다. 좋은 하루 보내세요~",
        "en|Is this pan oven safe?|Thanks for reaching out! Our team is looking into whether the pan can go in the oven, and we'll update you here shortly.",
        "en|Does it come in blue?|Hi there! Great question about color options. We'll double-check with our product team and let you know as soon as we can.",
        "en|Is this toy okay for a 3 year old?|Hello! We know safety is a top priority when it comes to kids. Our team will review the age guidance and get back to you soon. Thanks for your patience!",
        "en|When will my order arrive?|Thanks for your message, and sorry for any confusion! A member of our team will check on your order status and contact you shortly.",
        "en|Does the lamp need a special bulb?|Good question! I'll have our product specialists confirm the bulb type and follow up with you. Have a great day!",
        "ja|このマグは電子レンジ対応ですか？|ご質問いただきありがとうございます！電子レンジでのご使用可否について、担当者が確認いたしますので少々お待ちください。",
        "ja|サイズ交換できますか？|お問い合わせありがとうございます。サイズ交換の可否につきまして、確認のうえご連絡差し上げます。今しばらくお待ちくださいませ。",
        "zh|这个能用微波炉吗？|您好，感谢您的咨询！关于能否使用微波炉，我们会请产品负责人确认后尽快回复您，请您耐心等待~",
        "zh|有现货吗？|亲，您好！库存情况需要跟仓库同事确认一下，确认后第一时间通知您哦。"
      })
  void acknowledgementsInWidenedFormsPublish(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.PUBLISH);
  }
}
