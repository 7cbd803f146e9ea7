package com.storefront.qa.moderation.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The classes generalised in the fifth round, each with sentences written for this test (none is
 * copied from a corpus): for every class a new wording that must publish, and the same construction
 * carrying a fact, a promise or a time frame that must hold. Rows are {@code
 * language|question|reply}.
 */
class FifthRoundActsTest {
  private static final Moderator MODERATOR = new Moderator();

  private static Verdict verdict(String lang, String question, String reply) {
    return MODERATOR.checkReply(question, reply, lang, null, null).verdict();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // zh: a deferral built from parts: any staff role, a check with its object, the reply.
        "zh|这个锅能用电磁炉吗？|您好，关于电磁炉能否使用的问题，我们的仓储同事会核对包装标签后给您明确答复，请稍等。",
        "zh|能开发票吗？|感谢您的信任与支持！发票事宜财务部门会核查后跟您联系，给您带来不便还请谅解。",
        // zh: a topicalised object straight before the staff, thanks for what the customer did.
        "zh|有没有蓝色？|亲，蓝色款的库存我们会请客服同事查询后尽快通知您哦～",
        "zh|这件外套防水吗？|感谢您对这款外套的喜爱！面料的问题我们会请专员仔细确认后回复您。",
        // zh: empathy with the customer's concern.
        "zh|宝宝能用吗？|非常理解您对宝宝用品的谨慎，婴儿用品的安全确实需要格外注意，我们会核实后尽快联系您。",
        // ja: any staff unit, 申し上げます, a cushion before a request, a wish for the customer's health.
        "ja|このマグは電子レンジで使えますか？|電子レンジ対応の可否について、商品管理チームが確認し、改めてご案内申し上げます。恐れ入りますが、今しばらくお待ちくださいませ。",
        "ja|妊娠中ですが飲めますか？|妊娠中とのこと、どうぞご自愛くださいませ。ご使用の可否については担当者が確認のうえご連絡いたします。",
        // ja: the customer's situation restated, feelings understood, why the staff take care.
        "ja|引っ越し用に買いたいです。サイズは？|お引っ越しのご準備中なのですね。サイズについては担当スタッフが確認してご案内いたします。",
        "ja|ずっと返事がありません|ご心配なお気持ち、よくお察しいたします。お待たせして申し訳ございません。担当者が至急確認いたします。",
        "ja|子供が使えますか？|小さなお子様にとって大切な点ですので、担当者が素材を確認し、ご回答差し上げます。",
        "ja|色と素材、両方知りたいです|色と素材の2点について、担当者が確認したうえで、まとめてご連絡いたします。",
        // en: any staff with modifiers ("our home lighting team"), the passive, thanks for what the
        // customer gave, "the kind of thing our team will check", understanding why, purpose.
        "en|Does this lamp work with a dimmer switch?|Thanks for checking with us first! Our home lighting team will confirm dimmer compatibility and get back to you shortly.",
        "en|Will this rack fit my car? Rack RX-4410.|Thank you for providing your rack model, RX-4410! Roof rack fitment will be verified by our accessories specialists, and they'll reply soon.",
        "en|Is this blanket OK for a newborn?|I can see why you'd want to be extra careful with a newborn. The fabric question is exactly the kind of thing our nursery team will check, so hang tight.",
        "en|Is this 27.5 inch frame right for me?|Whether a 27.5 inch frame suits your height is something our bike fitting staff will measure and confirm for you.",
        "en|Do you price match?|Thanks for your question about price matching, that's really helpful context. A member of our sales team will review it, including the details, and get back to you.",
        "en|Can I bring this tent on my trip next month?|How exciting, a camping trip! Our outdoor gear team will check the packed size so you can plan ahead. Have a great trip!",
        "en|My order is late.|We sincerely apologize for keeping you waiting so long. Your question has been escalated to our shipping team, and someone will reply as soon as possible.",
        // ko: why the staff take care (a closed class of reasons), conjecture and understanding
        // about the customer in honorific form, the purpose of the wait, wishes.
        "ko|이 로션 아기 얼굴에 발라도 되나요?|아기 피부에 닿는 제품이라 더 신경 쓰이실 것 같아요. 성분 관련 문의는 담당자가 확인한 뒤 답변드리겠습니다.",
        "ko|이 영양제 수유 중에 먹어도 돼요?|수유 중이시라 성분 하나하나 신경 쓰이실 텐데요. 섭취 가능 여부는 담당자가 꼼꼼히 살펴본 후 안내해 드릴게요.",
        "ko|발이 넓은데 어떤 사이즈가 맞을까요?|평소 발볼이 넓으신 편이시군요. 사이즈 선택은 민감한 부분이라 담당자가 실측을 확인하고 안내드리겠습니다.",
        "ko|배송이 너무 늦어요|기다리시는 마음 충분히 이해합니다. 정확한 안내를 드리기 위해 잠시만 시간을 주시면 감사하겠습니다.",
        "ko|허리 디스크가 있는데 이 의자 괜찮을까요?|허리가 불편하셔서 의자 고르실 때 많이 신중하실 것 같아요. 담당자가 확인 후 답변드릴게요. 빠른 회복을 바랍니다!",
        "ko|주민번호 꼭 넣어야 하나요?|본인 인증 관련 문의 감사합니다. 담당자가 절차를 확인한 후 안내드리겠습니다.",
      })
  void generalisedClassesPublish(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.PUBLISH);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        // zh: a claim before, inside or after the generalised deferral.
        "zh|这个锅能用电磁炉吗？|您好，这款锅可以用电磁炉，我们的同事会核实后回复您。",
        "zh|这个锅能用电磁炉吗？|您好，这款锅支持电磁炉我们会尽快核实。",
        "zh|有货吗？|现货充足我们会尽快核实并回复您。",
        "zh|什么时候发货？|亲，已经发货了，客服会核实后联系您。",
        "zh|什么时候发货？|亲，我们会核实后明天给您发货哦～",
        "zh|宝宝能用吗？|宝宝安全非常重要，这款是食品级材质，我们会核实后回复您。",
        "zh|这个适合三岁吗？|感谢您为宝宝挑选，这款适合三岁宝宝，同事会确认后回复您。",
        // zh: handling is not checking; a free resend is a promise.
        "zh|能退货吗？|我们会尽快处理退款并通知您。",
        "zh|能退货吗？|感谢您对我们的信任，我们会免费给您补发一件。",
        // ja: a claim after a cushion, hearsay about the product, a claim beside the care reason.
        "ja|このマグは電子レンジで使えますか？|恐れ入りますが、電子レンジには対応しておりません。",
        "ja|このマグは電子レンジで使えますか？|電子レンジ対応とのこと、担当者が確認のうえご連絡いたします。",
        "ja|在庫ありますか？|在庫切れとのこと、担当者が確認いたします。",
        "ja|子供が使えますか？|安全な素材なので大切なポイントですので、担当者が確認します。",
        "ja|いつ届きますか？|お届けは明日の予定ですね。担当者が確認いたします。",
        "ja|妊娠中ですが飲めますか？|妊娠中とのこと、問題なくお飲みいただけます。担当者が確認のうえご連絡いたします。",
        "ja|ずっと返事がありません|ご不安なお気持ち、お察しいたします。全額返金いたしますので、少々お待ちください。",
        // en: a claim or promise after each widened act; "send you" only with an answer.
        "en|Does this lamp work with a dimmer switch?|Thanks for checking with us first! Our lighting team will confirm it works with dimmers.",
        "en|Will this rack fit my 2019 Outback?|Thank you for providing your vehicle details! The rack fits the 2019 Outback and will be verified by our team.",
        "en|Is this blanket OK for a newborn?|I can see why you'd want to be careful. The fabric is safe for newborns, so hang tight.",
        "en|Do you price match?|Thanks for your question about price matching. We price match Amazon and our team will get back to you.",
        "en|The handle broke.|We're so sorry about that! We'll send you a new handle today, and our team will be in touch.",
        "en|The handle broke.|So sorry! Our team will send you a free replacement and a refund.",
        "en|When will it ship?|How exciting, a new tent! It ships tomorrow, so you can plan ahead.",
        "en|Is it waterproof?|Our outdoor team will check, and it is fully waterproof.",
        "en|Is it waterproof?|Thanks for including your question! Our gear team will check, including whether it usually lasts 5 years.",
        "en|Is it in stock?|Thank you for the details about your order, it is in stock. Our team will confirm.",
        // ko: a claim after a care reason or inside conjecture, a property as the reason, requests
        // for
        // sensitive data (any language), another sales channel, condescension (ko, zh, ja).
        "ko|이 로션 아기 얼굴에 발라도 되나요?|아기 피부에 닿는 제품이라 순한 성분으로 만들어졌어요. 담당자가 확인 후 답변드리겠습니다.",
        "ko|이 로션 아기 얼굴에 발라도 되나요?|아기 피부에 닿는 제품이라 걱정되시겠지만 사용 가능하실 것 같아요.",
        "ko|이 영양제 수유 중에 먹어도 돼요?|수유 중이시라 신경 쓰이실 텐데 드셔도 괜찮으실 것 같아요.",
        "ko|이 영양제 수유 중에 먹어도 돼요?|사용 가능한 부분이라 담당자가 확인 후 안내드리겠습니다.",
        "ko|배송이 너무 늦어요|기다리시는 마음 이해합니다. 내일 도착할 예정입니다.",
        "ko|배송이 너무 늦어요|정확한 안내를 드리기 위해 카드 번호를 남겨 주시면 담당자가 확인해 드리겠습니다.",
        "ko|본인 인증 어떻게 하나요?|본인 확인이 필요하시군요. 비밀번호를 알려 주시면 담당자가 확인해 드릴게요.",
        "ko|이 색상 언제 들어와요?|해당 색상은 브랜드 공식몰에서 구매하시는 게 빠르실 것 같아요. 담당자가 확인해 드릴게요.",
        "ko|세탁기 돌려도 돼요?|라벨만 보시면 되는 걸 굳이 물어보셨네요. 담당자가 확인 후 안내드리겠습니다.",
        "zh|这个怎么用？|详情页上写得很清楚，客服会核实后回复您。",
        "ja|使い方は？|説明書をお読みいただければ分かりますが、担当者が確認いたします。",
        "en|How do I log in?|Sorry to hear that! Please send us your password and our team will check your account.",
      })
  void factsInsideStillHold(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isNotEqualTo(Verdict.PUBLISH);
  }
}
