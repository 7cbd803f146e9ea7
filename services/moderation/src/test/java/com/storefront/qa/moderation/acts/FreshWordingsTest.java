package com.storefront.qa.moderation.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A fresh set written for this test after the fifth round's grammar work, in the corpora's classes
 * but none of their sentences: acknowledgements in the model's styles (exclamations, empathy,
 * restated figures, keigo, Taobao-style Chinese) that must publish, and the same openers carrying a
 * claim, a hedged figure, a date, other customers, another shop, a contact, a promise or
 * condescension that must hold. It is how the round checked that it had generalised classes rather
 * than fitted sentences. Rows are {@code language|question|reply}.
 */
class FreshWordingsTest {
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
        "ko|이 텀블러 식세기 돼요?|안녕하세요 고객님! 텀블러 식기세척기 사용 여부에 대해 문의 주셨네요. 담당자가 제품 사양을 확인하고 정확하게 안내해 드리겠습니다. 잠시만 기다려 주세요 😊",
        "ko|강아지가 먹어도 되는 간식이에요? 알러지가 있어요|반려견이 알러지가 있어서 많이 걱정되시겠어요. 간식 원료와 알러지 유발 성분 관련해서는 담당자가 꼼꼼하게 확인한 후 답변드릴게요!",
        "ko|이거 교환되나요? 사이즈가 안 맞아요|사이즈가 맞지 않아 불편하셨겠네요 ㅠㅠ 교환 가능 여부와 절차는 담당 부서에서 확인 후 빠르게 연락드리겠습니다.",
        "ko|세금계산서 발행 가능한가요?|세금계산서 발행 문의 감사합니다. 정확한 발행 가능 여부는 담당자가 확인하여 답변드리도록 하겠습니다. 좋은 하루 보내세요!",
        "ko|갤럭시 S24에 이 케이스 맞나요?|갤럭시 S24 호환 여부 문의 주셔서 감사합니다~ 담당자가 모델별 규격을 확인해서 정확히 알려드릴게요.",
        "ko|몬스테라 물 얼마나 자주 줘야 돼요?|몬스테라 키우시는군요! 🌿 물 주는 주기에 대해서는 담당자가 확인 후 자세히 안내드리겠습니다. 감사합니다.",
        "ko|주문한 지 일주일 됐는데 아직 안 왔어요|오래 기다리시게 해서 정말 죄송합니다. 배송 현황은 담당자가 바로 확인하여 연락드리겠습니다. 조금만 더 기다려 주시면 감사하겠습니다.",
        "ko|생일 선물로 사려는데 포장 되나요?|생일 선물 준비하시는군요! 🎁 선물 포장 가능 여부는 담당자가 확인 후 안내드릴게요. 받으시는 분이 기뻐하시면 좋겠네요!",
        "ko|당뇨가 있는데 이 과자 먹어도 되나요?|건강 때문에 간식 하나도 신경 쓰이시죠. 당뇨 관련 섭취 여부는 제가 답변드리기 어려워서, 담당자가 성분을 확인한 후 말씀드리겠습니다.",
        "ko|빨리 답 좀 주세요 몇 번째 문의인지|여러 번 문의하시게 해서 정말 죄송합니다. 담당자가 최대한 빨리 확인해서 답변드리겠습니다.",
        "ko|키 165에 55kg인데 M 맞을까요?|키 165cm에 55kg 기준으로 M 사이즈가 맞으실지 담당자가 실측 사이즈를 확인해서 안내해 드릴게요!",
        "en|Is this sweater itchy? I have sensitive skin.|Hi! Sensitive skin can make fabric choices tricky, so thanks for asking before you buy. Our apparel team will check the yarn details and get back to you shortly.",
        "en|Can I return it if it doesn't fit?|Thanks for your question about returns! Our customer support team will look into the return options for your order and reply as soon as possible.",
        "en|Does this charger work with a MacBook Air M2?|Great question! We want to make sure you get the right answer on MacBook Air M2 compatibility, so our tech team will verify it and follow up soon.",
        "en|I'm pregnant, is this tea safe?|Congratulations, and thank you for checking with us! Our team will review the ingredients with care and get back to you with an accurate answer. Wishing you all the best!",
        "en|Is this planter frost resistant? I live in Minnesota.|Thanks for letting us know where you live! Whether the planter holds up to frost is something our garden team will confirm for you. We'll reply soon.",
        "en|My package says delivered but I don't have it.|I'm really sorry you're dealing with this. Our shipping team will investigate your delivery right away and contact you as soon as they know more.",
        "en|Can you add a gift note?|Aw, what a thoughtful touch! Our team will check whether we can include a gift note with your order and let you know shortly.",
        "en|Is the XL a true XL? I'm 6'2\".|Thanks for sharing your height! Our sizing specialists will compare the XL measurements and get back to you with an accurate answer soon.",
        "en|Why hasn't anyone answered me?!|We're so sorry for the slow response, and we completely understand your frustration. A member of our support team will look into this and reply to you as soon as possible.",
        "en|Do you ship to Canada?|Hello! Thanks for reaching out about shipping to Canada. Our logistics team will confirm the options and get back to you shortly. Have a wonderful day!",
        "ja|このフライパンはIH対応ですか？|お問い合わせいただきありがとうございます。IH対応の可否につきましては、担当者が確認のうえ、改めてご連絡いたします。今しばらくお待ちくださいませ。",
        "ja|子供用の椅子ですが、何歳から使えますか？|お子様の椅子をお探しなのですね。対象年齢につきましては、担当部署にて確認し、追ってご案内いたします。",
        "ja|注文した商品がまだ届きません。|ご不便をおかけしており、大変申し訳ございません。配送状況については担当者が至急お調べし、ご連絡差し上げます。",
        "ja|返品はできますか？|返品についてのお問い合わせ、ありがとうございます。担当者が詳細を確認のうえ、ご案内させていただきます。",
        "ja|このサプリはアレルギーの人でも大丈夫ですか？|アレルギーをお持ちの方にとっては大切なことですので、原材料について担当者が慎重に確認いたします。少々お時間をいただけますと幸いです。",
        "ja|ギフト包装はできますか？|ギフト用にご検討いただき、誠にありがとうございます！ラッピングの可否について、スタッフが確認してお知らせいたします。",
        "ja|サイズ感を知りたいです。普段はMです。|普段Mサイズをお召しとのこと、承知いたしました。サイズ感については担当者が実寸を確認してからお答えいたします。",
        "zh|这款面霜孕妇能用吗？|您好，孕期护肤确实需要格外谨慎，关于孕妇能否使用的问题，我们的产品顾问会仔细核实成分后尽快回复您。",
        "zh|我买错颜色了，能换吗？|亲，理解您的心情～关于换货的问题，售后同事会核实订单情况后第一时间联系您，请您耐心等待哦！",
        "zh|这个充电器支持苹果15吗？|您好，感谢您的咨询！关于iPhone 15的兼容问题，技术同事会确认后给您准确的答复，请稍候。",
        "zh|快递三天了还没到|非常抱歉让您久等了，给您带来不便深表歉意。物流情况我们会马上查询，核实后尽快联系您。",
        "zh|这个多肉怎么浇水？|感谢您的提问🌵 关于多肉浇水的问题，我们会请养护专员确认后回复您，祝您养护愉快～",
        "zh|可以开公司抬头的发票吗？|您好，关于开具公司抬头发票的事宜，财务同事会核实后与您联系，感谢您的耐心等待。",
        // Second batch: quoted product names, sign-offs, line breaks, more cushions and receipts.
        "ko|'에어핏 프로' 이어폰 아이폰이랑 연결돼요?|안녕하세요! '에어핏 프로' 아이폰 연결 관련해서 문의 주셨군요. 담당자가 확인 후 답변드리겠습니다.\\n\\n- 하나몰 고객센터 드림",
        "ko|이거 방수 돼요?|고객님, 문의 감사합니다 :) 방수 가능 여부는 제품 담당자에게 확인 후 답변 드릴게요~",
        "ko|이 냄비 인덕션 돼요? 빨리 알려주세요|네 고객님! 인덕션 사용 가능 여부 말씀이시죠? 담당자가 바로 확인해서 최대한 빨리 알려드릴게요!",
        "ko|사이즈 교환하고 싶어요|사이즈 교환을 원하시는군요. 교환 절차와 가능 여부는 담당자가 주문 내역을 확인한 뒤 연락드리겠습니다. 불편을 드려 죄송합니다.",
        "ko|이 크림 여드름 피부도 괜찮아요?|여드름 피부라 제품 고르시기 어려우시죠 ㅠㅠ 피부 타입별 사용 가능 여부는 담당자가 성분표를 확인한 후 안내드리겠습니다!",
        "ko|아기 카시트 ISOFIX 지원하나요?|ISOFIX 지원 여부 문의 주셔서 감사합니다. 아이 안전과 직결된 부분이라 담당자가 정확하게 확인해서 말씀드릴게요.",
        "ko|이 책상 조립 어려워요?|조립 난이도가 궁금하시군요! 조립 방법과 난이도는 담당자가 확인해서 자세히 안내해 드릴게요. 감사합니다 😊",
        "ko|쿠폰 적용 되나요?|쿠폰 적용 관련 문의 감사합니다. 적용 가능 여부는 담당자가 확인 후 답변드리겠습니다.",
        "en|Does the \"TrailMax 40\" backpack have a rain cover?|Hi there! Thanks for asking about the \"TrailMax 40\" backpack. Our outdoor team will check whether a rain cover is included and get back to you shortly.\\n\\nBest,\\nThe Customer Care Team",
        "en|hey does this come in blue??|Hey! Thanks so much for reaching out 😊 Our team will check the available colors for you and reply soon!",
        "en|Will this fit a queen bed?|Good question! Our bedding specialists will double-check the dimensions against a queen bed and let you know shortly. Thanks for your patience!",
        "en|My kid has a peanut allergy. Is this granola safe?|Thank you for telling us about your child's peanut allergy, we know how important this is. Our team will review the ingredient and allergen information carefully and get back to you as soon as possible.",
        "en|Can I pick this up in store?|Hi! Great question about in-store pickup. A member of our team will look into the options for your area and follow up with you soon.",
        "en|Is the box recyclable?|Thanks for thinking about recycling! 🌍 Our packaging team will confirm the materials and let you know.",
        "en|this is the third time I'm asking!!|We're very sorry it's taken this long, and thank you for your patience. Our support team is looking into your question now and will reply as soon as possible.",
        "ja|「ふわもこブランケット」は洗濯機で洗えますか？|「ふわもこブランケット」のお手入れについてお問い合わせいただき、ありがとうございます。洗濯機での洗濯可否は、担当者が確認のうえご案内いたします。",
        "ja|これは何歳から使えますか？|ご質問ありがとうございます😊 対象年齢につきまして、担当スタッフが確認してからご連絡いたしますね。",
        "ja|在庫はありますか？|お問い合わせいただきありがとうございます。在庫状況については担当者が確認し、折り返しご連絡いたします。よろしくお願いいたします。",
        "ja|電池の持ちはどのくらいですか？|バッテリーの持続時間についてのご質問ですね。正確な情報をお伝えするため、担当者が確認いたします。少々お待ちください。",
        "ja|すごく急いでいます|お急ぎのところ恐れ入ります。担当者ができる限り早く確認し、ご連絡いたします。",
        "zh|“云朵枕”可以机洗吗？|您好！关于“云朵枕”能否机洗的问题，我们的产品专员会确认后尽快回复您～",
        "zh|这个有现货吗？|亲，感谢您的关注！库存情况我们的客服会帮您查询后第一时间回复哦～",
        "zh|老人用这个安全吗？|您好，非常理解您对家人安全的关心。关于老人使用的问题，我们会请专业同事仔细核实后再回复您。",
        "zh|一直没人回复我！|非常抱歉让您久等了，给您带来的不便请您谅解。我们已经收到您的问题，客服会尽快核实后与您联系。",
        "zh|能寄到新疆吗？|您好～关于新疆地区能否配送的问题，物流同事会确认后给您答复，请您稍等哦！",
        // Third batch: feelings, the customer's situation, compliments, more zh/ja receipts.
        "ko|이 패딩 세탁기 돌려도 되나요?|패딩 세탁 방법이 궁금하셨군요! 세탁기 사용 가능 여부는 담당자가 세탁 라벨을 확인한 뒤 알려드리겠습니다 :)",
        "ko|아이 첫 운동화인데 250 맞을까요? 발이 좀 통통해요|아이 첫 운동화를 고르고 계시는군요 👟 발볼이 통통한 편이라 사이즈 고민되실 것 같아요. 250 사이즈 착용감은 담당자가 실측 확인 후 안내해 드릴게요.",
        "ko|어머님 생신 선물인데 색상 추천해 주세요|어머님 생신 선물 준비하시는군요, 정말 따뜻한 마음이세요! 색상 관련해서는 담당자가 확인 후 답변드리겠습니다.",
        "ko|임산부인데 이 크림 써도 되나요?|임신 중에는 화장품 하나도 조심스러우시죠. 임산부 사용 가능 여부는 성분 확인이 필요한 부분이라 담당자가 꼼꼼히 검토한 뒤 안내드리겠습니다.",
        "ko|배송 조회가 안 돼요 벌써 5일째|5일째 배송 조회가 되지 않아 많이 답답하셨겠어요. 불편을 드려 정말 죄송합니다. 담당자가 배송 상태를 확인해서 바로 연락드리겠습니다.",
        "ko|오늘 주문하면 언제 받아요?|빨리 받아보고 싶으시죠! 예상 수령일은 담당자가 확인 후 정확하게 안내드릴게요.",
        "ko|제품 불량 같은데 어떻게 하나요?|불량으로 보여 많이 속상하셨겠어요. 불량 여부 확인과 처리 방법은 담당 부서에서 검토한 후 연락드리겠습니다.",
        "ko|이거 정품 맞아요?|정품 여부 문의 주셔서 감사합니다. 관련 내용은 담당자가 확인하여 정확히 답변드리겠습니다.",
        "ko|강아지 5kg인데 이 하네스 S 맞나요?|우리 강아지 산책 준비하시는군요 🐕 5kg 기준 S 사이즈가 맞을지는 담당자가 사이즈표를 확인해서 알려드릴게요!",
        "ko|세트로 사면 할인돼요?|세트 구매 할인 관련해서 문의 주셨네요. 할인 적용 여부는 담당자가 확인 후 안내드리겠습니다. 감사합니다!",
        "ko|이 제품 전자파 괜찮아요? 아기 방에 두려고요|아기 방에 두실 제품이라 더 꼼꼼히 알아보시는 거군요. 전자파 관련 내용은 담당자가 확인 후 답변드릴게요.",
        "ko|답변이 너무 늦네요|답변이 늦어져 정말 죄송합니다 🙏 담당자가 최대한 서둘러 확인하고 답변드리겠습니다.",
        "en|Will these boots be warm enough for Canadian winters?|Canadian winters are no joke! Our footwear team will check the insulation details and get back to you with an accurate answer soon.",
        "en|Is this dress see-through? It's for a wedding.|How lovely, a wedding! We'd hate for you to have any surprises on the day, so our team will check the fabric and reply shortly.",
        "en|I'm a size 12 usually, which size should I get?|Thanks for letting us know you're usually a size 12! Our sizing team will compare the measurements and suggest the best fit shortly.",
        "en|My cat is super picky, will she like this food?|Picky eaters can be a challenge! Our pet team will look into the ingredients and get back to you soon.",
        "en|This arrived broken!!|Oh no, we're so sorry to hear your order arrived broken! Our customer care team will look into this right away and contact you about next steps.",
        "en|Can I wash this in cold water?|Good thinking to check before washing! Our team will confirm the care instructions and reply shortly.",
        "en|Is this stroller airline approved?|Traveling with a little one takes a lot of planning! Our team will verify the airline requirements for this stroller and get back to you soon.",
        "en|Can I get this engraved?|Ooh, engraving would make it extra special! Our team will check whether engraving is available and let you know.",
        "en|When will the navy color be back?|Thanks for your interest in the navy color! Our team will check on restock plans and keep you posted.",
        "en|Does it come with batteries?|Hi! Great question — our team will check whether batteries are included and reply soon. Thanks for your patience!",
        "ja|このコート、自宅で洗えますか？|お問い合わせありがとうございます！ご自宅でのお手入れについて、担当者が洗濯表示を確認のうえご案内いたしますね。",
        "ja|母へのプレゼントなのですが、色で迷っています。|お母様へのプレゼントをお選びいただき、ありがとうございます。お色選びについては担当スタッフが確認してご連絡いたします。",
        "ja|届いた商品が壊れていました。|この度はご迷惑をおかけし、誠に申し訳ございません。破損の状況につきましては、担当者が確認のうえ、速やかにご連絡いたします。",
        "ja|敏感肌でも使えますか？|敏感肌でいらっしゃるとのこと、ご心配ですよね。成分については担当者が確認してからお答えいたします。",
        "ja|いつ再入荷しますか？|再入荷をお待ちいただき、ありがとうございます。再入荷の予定については、担当者が確認でき次第ご連絡いたします。",
        "zh|这个锅有涂层吗？对健康有影响吗？|您好，您关心的涂层和健康问题我们都记下了，产品专员会核实后给您详细解答～",
        "zh|给宝宝买的，会不会掉色？|亲，给宝宝用的东西确实要格外小心～关于是否掉色的问题，我们会请质检同事确认后回复您哦！",
        "zh|这件衣服偏大还是偏小？|您好，感谢您的咨询！尺码偏大还是偏小，我们的客服会对照实物测量后给您准确回复。",
        "zh|能不能便宜点？|亲，感谢您的喜爱～价格方面的问题，我们会请店长确认后回复您哦！",
      })
  void acknowledgementsPublish(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.PUBLISH);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "ko|이 텀블러 식세기 돼요?|안녕하세요! 텀블러는 식기세척기 사용이 가능하며 담당자가 추가로 확인해 드리겠습니다.",
        "ko|이 텀블러 식세기 돼요?|식세기 사용 여부 문의 감사합니다. 보통 상단 칸에 넣으시면 문제없어요. 담당자가 확인 후 안내드릴게요.",
        "ko|강아지가 먹어도 되나요?|반려견이 알러지가 있어서 걱정되시겠어요. 이 간식은 저알러지 원료라 안심하셔도 됩니다.",
        "ko|강아지가 먹어도 되나요?|반려견 키우시는군요! 다른 보호자분들도 많이 급여하시는 간식이에요.",
        "ko|재입고 언제 돼요?|재입고 일정은 담당자가 확인 중이며 다음 주 중으로 입고될 예정입니다.",
        "ko|재입고 언제 돼요?|찾으시는 거군요! 보통 2주 정도면 재입고됩니다. 담당자가 확인해 드릴게요.",
        "ko|배송 언제 와요?|오래 기다리시게 해서 죄송합니다. 내일까지는 도착할 거예요.",
        "ko|이거 환불 되나요?|불편하셨겠네요 ㅠㅠ 바로 전액 환불 처리해 드리겠습니다.",
        "ko|이거 교환 되나요?|교환 가능 여부는 담당자가 확인 후 연락드리겠습니다. 새 제품으로 무료 교환해 드릴게요.",
        "ko|허리가 아파요 이 매트리스 괜찮을까요?|허리가 불편하셔서 신중하실 것 같아요. 허리 통증 완화에 도움이 되는 제품이라 추천드려요.",
        "ko|이거 어디서 더 싸게 살 수 있어요?|저렴하게 구매하시려는군요! 쿠팡에서 찾아보시면 더 싸게 구하실 수 있어요.",
        "ko|연락처 알려주세요|연락 원하시는군요. 010-2345-6789로 전화 주시면 담당자가 확인해 드립니다.",
        "ko|사이즈 표 어디 있어요?|사이즈 표는 상세 페이지에 다 나와 있잖아요. 담당자가 확인 후 안내드릴게요.",
        "ko|이거 무슨 소재예요?|소재 관련 문의는 담당자가 확인 후 답변드릴게요. 면 100%라 피부에 자극이 없어요.",
        "en|Is this sweater itchy?|Sensitive skin can make fabric choices tricky, but this merino is super soft and won't itch.",
        "en|Is this sweater itchy?|Thanks for asking before you buy! Most customers say it's not itchy at all. Our team will check.",
        "en|Can I return it?|Thanks for your question about returns! You have 60 days to return it for free. Our team will follow up.",
        "en|Does this charger work with a MacBook Air M2?|Our tech team will verify MacBook Air M2 compatibility, but it should work fine with any USB-C laptop.",
        "en|Is this tea safe in pregnancy?|Congratulations! Our team will review the ingredients, and we recommend it for expecting mothers.",
        "en|Where's my package?|I'm really sorry you're dealing with this. It should arrive in 2-3 business days.",
        "en|Where's my package?|Sorry you're dealing with this! Our shipping team will send you a new package tomorrow.",
        "en|Will the XL fit me? I'm 6'2\".|Thanks for sharing your height! At 6'2\" the XL usually fits perfectly. Our team will confirm.",
        "en|Can you add a gift note?|What a thoughtful touch! We'll add a free gift note and ship it tomorrow.",
        "en|Any discount?|Thanks for asking before you buy! Use code SAVE20 for 20% off, and our team will check the rest.",
        "en|How do I contact you?|Our support team will check your order; you can also email help@shop-example.com or call 1-800-555-0100.",
        "en|Is this compatible?|Wishing you all the best! It's compatible with every model, so no need to worry.",
        "en|Is this safe for kids?|Our kids team will be happy to confirm, and yes, it's completely safe for children of all ages.",
        "en|Can I get it cheaper?|How exciting, a new purchase! You can find it cheaper on Amazon.",
        "ja|このフライパンはIH対応ですか？|お問い合わせありがとうございます。IHには対応しておりますので、ご安心ください。",
        "ja|返品はできますか？|返品についてのご相談、承りました。商品到着後30日以内であれば返品可能です。",
        "ja|いつ届きますか？|お待たせして申し訳ございません。明日には到着する予定でございます。",
        "ja|アレルギーでも大丈夫ですか？|アレルギーをお持ちとのこと、こちらの商品は他のお客様にもご好評いただいております。",
        "ja|ギフト包装はできますか？|ギフト用にご検討中なのですね。無料でラッピングいたしますので、ご安心ください。",
        "ja|使い方が分かりません|説明書をご覧になれば分かると思いますが、担当者が確認いたします。",
        "zh|这款面霜孕妇能用吗？|您好，孕期护肤确实需要格外谨慎，这款面霜成分温和，孕妇可以放心使用。",
        "zh|能换货吗？|理解您的心情～换货没问题的，我们会免费给您补发新的。",
        "zh|什么时候到？|非常抱歉让您久等了，一般三天左右就能到，请您耐心等待。",
        "zh|这个充电器支持苹果15吗？|您好，关于iPhone 15的兼容问题，很多买家都反馈可以正常使用。",
        "zh|多少钱能便宜？|亲，感谢您的咨询，下单时备注可以优惠20元哦～",
        "zh|有联系方式吗？|客服同事会核实后联系您，您也可以加微信 shop12345 直接咨询。",
        "zh|这个怎么浇水？|关于浇水的问题，一般一周浇一次就可以了，祝您养护愉快～",
        // Second batch: a claim beside a sign-off, a quote, a cushion, a receipt or a wish.
        "ko|'에어핏 프로' 아이폰 연결돼요?|'에어핏 프로'는 아이폰과 완벽하게 호환됩니다.\\n\\n- 하나몰 고객센터 드림",
        "ko|방수 돼요?|방수 관련 문의 감사합니다. 생활 방수는 되는 제품이에요 ㅎㅎ\\n- 고객센터 드림",
        "ko|방수 돼요?|'완전 방수' 제품이라 걱정 안 하셔도 돼요!",
        "ko|쿠폰 적용 되나요?|쿠폰 적용 관련 문의 감사합니다. 첫 구매 시 10% 할인 쿠폰이 자동 적용됩니다.",
        "en|Does the backpack have a rain cover?|Thanks for asking about the \"TrailMax 40\"! It comes with a rain cover.\\n\\nBest,\\nThe Customer Care Team",
        "en|Is the box recyclable?|Thanks for thinking about recycling! The box is 100% recyclable.",
        "en|Is the box recyclable?|Thanks for thinking about the fully recyclable box! Our team will confirm.",
        "en|this is the third time I'm asking!!|We're very sorry it's taken this long. Your refund has been approved.",
        "en|Is it in stock?|Best,\\nOur team says it is in stock and ships today.",
        "en|Is it in stock?|Our team will check.\\n\\nThe warehouse team confirmed it ships today",
        "ja|在庫はありますか？|お問い合わせありがとうございます。在庫はございます。\\n店長より",
        "ja|すごく急いでいます|お急ぎのところ恐れ入ります。本日中に発送いたします。",
        "ja|洗濯できますか？|洗濯可否は、洗濯機で問題なく洗えます。",
        "zh|一直没人回复我！|我们已经收到您的问题，已经给您退款了。",
        "zh|有现货吗？|亲，有现货的哦，今天就能发货～\\n客服小美 敬上",
        // Third batch: a claim or promise after the feelings and situation openers.
        "ko|불량 같아요|많이 속상하셨겠어요. 바로 새 제품으로 교환해 드리겠습니다.",
        "ko|빨리 받고 싶어요|빨리 받아보고 싶으시죠! 내일 오전 중으로 도착할 거예요.",
        "ko|선물용인데요|정말 따뜻한 마음이세요! 이 제품은 선물용으로 가장 인기가 많아요.",
        "ko|이거 안전해요?|조심스러우시죠. 아기가 써도 전혀 문제없는 제품이니 걱정 마세요.",
        "ko|피부에 괜찮나요?|속상하셨겠어요. 저자극 테스트를 완료한 제품이라 안심하고 쓰셔도 돼요.",
        "en|Will these boots be warm enough?|Canadian winters are no joke, but these boots are rated to -30°C.",
        "en|Will these boots be warm enough?|These boots are no joke! They'll keep you warm all winter.",
        "en|Is this see-through?|We'd hate for you to have any surprises, and it is fully lined so it's not see-through.",
        "en|Can I wash this in cold water?|Good thinking to check before washing! Cold water is perfectly fine for this fabric.",
        "en|Can I get this engraved?|Engraving would make it extra special! We offer free engraving on all orders.",
        "en|My cat is picky.|Picky eaters can be a challenge! Most cats love this food, according to our reviews.",
        "en|Which size?|Oh no worries! You should definitely order a size up.",
        "ja|敏感肌でも使えますか？|敏感肌でいらっしゃるとのこと、こちらは低刺激処方なので安心してお使いいただけます。",
        "zh|给宝宝用会掉色吗？|给宝宝用的东西确实要格外小心，这款是不会掉色的哦～",
        "zh|这个多少钱？|您关心的价格问题我们都记下了，今天下单可以便宜20元哦。",
        "zh|收到的东西坏了|非常抱歉给您带来不好的购物体验！我们会直接给您退款。",
        "zh|偏大还是偏小？|尺码偏大还是偏小，一般偏大一码，建议拍小一码。",
      })
  void claimsPromisesAndRudenessHold(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isNotEqualTo(Verdict.PUBLISH);
  }
}
