package com.storefront.qa.moderation.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Fresh wordings written in the sixth round, after each class was generalised from test 6's held
 * good replies, in new words and orders and in all four languages: honorific address terms (보호자님,
 * 회원님), staff intent (…드리려고 해요), a quoted request to the staff, decimals in a topic, how much
 * something matters to the customer, careful checks as the reason for the wait, number words
 * restated as figures; English causatives (let/have our team …), forwarding with a relative clause,
 * care reasons (because … is so important), apologies, the occasion the customer named; Japanese
 * かしこまりました, what the question touches (…に関わることですので), a needed check, ご了承のほど, team sign-offs;
 * Chinese greeting particles, 几 questions, 涉及/关系到 a concern, forwarding to staff, receipt. They
 * must publish; {@link SixthRoundHoldTest} has the same openers carrying facts. Rows are {@code
 * language|question|reply}.
 */
class SixthRoundPublishTest {
  private static final Moderator MODERATOR = new Moderator();

  /** Rows write a line break as a backslash and "n" (a CSV row is one line). */
  private static Verdict verdict(String lang, String question, String reply) {
    return MODERATOR.checkReply(question, reply.replace("\\n", "\n"), lang, null, null).verdict();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "ko|교환 되나요?|안녕하세요, 회원님! 주문하신 상품 교환 가능 여부는 담당 부서에서 확인한 뒤 연락드리려고 합니다.",
        "ko|두부 모래 10L 대용량 먼지 많이 날려요?|집사님 안녕하세요! 두부 모래 10L 대용량 제품 먼지 날림 정도 문의 주셔서 감사합니다. 담당자가 확인 후 답변드릴게요.",
        "ko|아기 로션 성분 순한가요?|어머님, 아이가 쓰는 제품이라 성분이 많이 신경 쓰이실 것 같아요. 담당자가 성분표를 확인해서 안내드릴게요.",
        "ko|견과류 들어갔나요? 알레르기 있어요|알레르기가 있으셔서 견과류 포함 여부가 정말 중요하시겠네요. 담당자가 원재료를 꼼꼼히 확인한 후 답변드리겠습니다.",
        "ko|27.5인치 모니터 올릴 수 있나요?|27.5인치 모니터 거치 가능 여부는 담당자가 규격을 확인하고 알려드리겠습니다.",
        "ko|수유 중에 먹어도 돼요?|수유 중 복용 여부는 꼼꼼하게 검토해야 하는 부분이라, 담당 부서에서 검토한 뒤 안내해 드리고자 합니다.",
        "ko|재고 있나요?|물류팀에 재고 확인해 달라고 요청해 두었습니다. 확인되는 대로 연락드릴게요.",
        "ko|사이즈 교환 돼요?|넵넵! 사이즈 교환 관련해서는 담당자가 확인 후 안내드릴게요.",
        "ko|허리 디스크에 이 의자 괜찮을까요?|허리 건강 때문에 의자 고르실 때 신중하실 것 같아요. 담당자가 확인 후 답변드리겠습니다. 빠른 완쾌를 기원합니다.",
        "ko|하루에 두 번 써도 되나요?|하루 2회 사용 가능 여부는 담당자가 확인 후 안내드릴게요.",
        "ko|이 영양제 임산부 먹어도 돼요?|임신 중 복용 여부는 신중한 확인이 필요한 부분이라 담당자가 성분을 검토한 뒤 답변드릴게요.",
        "en|Can I machine wash this rug?|Hi! I've forwarded your question to our home team, who will check the care label and get back to you.",
        "en|Is there a student discount?|Thanks for asking! Your discount question has been passed to our sales team, and they will reply shortly.",
        "en|Can my toddler use this?|Because your child's safety is so important, we'd like to be careful. Our product team will review the age guidance and reply soon.",
        "en|Is this safe with my pacemaker?|Since this concerns a medical device, we want to be thorough and accurate. A specialist will review it and get back to you.",
        "en|Got it in blue?|Always happy to help with that! I'll have our stock team check availability in blue and get back to you 🙂",
        "en|Does this come in a bigger size?|Hello! I'll let our sizing team look into this and reply soon 📏 Thanks for your patience!",
        "en|Where is my answer??|My apologies for the slow reply! Our team has your message and will get back to you as soon as possible.",
        "en|Are returns free?|Thanks for asking about free returns! Our team will check and reply soon.",
        "en|Is the frame metal or plastic?|Whether the frame is metal or plastic is a smart question to ask before ordering. Our team will confirm the materials.",
        "en|Can it arrive before the wedding?|Thanks for telling us it's for your sister's wedding! Our shipping team will check the delivery options and get back to you.",
        "en|Will it fit a queen bed?|We've noted that you'd like to know whether it fits a queen bed. Our team will confirm soon.",
        "en|Is the oven mitt heat resistant?|We want to be sure before we answer whether it's heat resistant, so our team will check the specs.",
        "en|Can I get two of these?|Thanks for asking about two units! Our team will check and get back to you.",
        "ja|この犬用シャンプーは子犬にも使えますか？|かしこまりました。子犬へのご使用につきましては、わんちゃんの皮膚に関わる大切なことですので、担当者が成分を確認のうえご案内いたします。",
        "ja|授乳中でも飲めますか？|お問い合わせありがとうございます。授乳中のご使用については専門的な確認が必要なため、担当部署にて確認し、改めてご連絡いたします。",
        "ja|届くのが遅いです|お待たせして申し訳ございません。担当者が配送状況をお調べしております。ご了承のほどよろしくお願いいたします。",
        "ja|高齢の母でも使えますか？|ご質問ありがとうございます。お母様の安全に関係する内容ですので、担当者が慎重に確認いたします。引き続きよろしくお願いいたします。",
        "ja|このバッグは何リットル入りますか？|お問い合わせありがとうございます。\\n担当者が容量を確認のうえご連絡いたします。\\n\\nさくら雑貨 お客様窓口",
        "ja|Lサイズの在庫はありますか？|承りました！Lサイズのお取り扱いにつきましては、担当者が確認してご連絡いたします。ご理解いただければ幸いです。",
        "zh|这个奶瓶几个月的宝宝可以用？|您好呀！关于几个月的宝宝可以使用奶瓶的问题，涉及宝宝健康，我们的客服会仔细核实后回复您。",
        "zh|能便宜点吗？|亲亲您好哦～关于优惠的问题，我们已经转交给店长了，核实后会尽快答复您。",
        "zh|为什么还没发货？|非常抱歉让您久等了！您的留言我们都记下了，售后同事查询后会第一时间联系您。",
        "zh|孕妇能吃吗？|您好！这个问题关系到孕期饮食安全，需要负责人进一步确认，请您耐心等待。",
        "zh|这个包多大？|您好！\\n负责人核实后会尽快回复您。\\n——星星母婴店客服团队",
        "zh|几天能到？|关于几天能送到的问题，我们会反馈给物流同事，确认后回复您。",
      })
  void acknowledgementsPublish(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.PUBLISH);
  }
}
