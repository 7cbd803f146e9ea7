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
 * than fitted sentences. This class holds the acknowledgements; {@link FreshWordingsHoldTest} the
 * bad replies. Rows are {@code language|question|reply}.
 */
class FreshWordingsPublishTest {
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
        // Fourth batch: echoes of the customer's words, "got it", mixed politeness, invoices.
        "ko|이거 재고 있어요?|재고 궁금하시죠~ 제가 담당자한테 바로 물어보고 알려드릴게요!",
        "ko|이 가방 노트북 들어가요? 15인치요|와 15인치 노트북이요! 들어가는지는 담당자가 가방 내부 치수 재보고 말씀드릴게요 😊",
        "ko|현금영수증 되나요?|현금영수증 발행 관련 문의시군요. 발행 가능 여부는 담당 부서에 확인해서 안내드리겠습니다!",
        "ko|반품하려면 어떻게 해요?|반품 방법 문의 주셔서 감사해요. 반품 절차는 담당자가 주문 정보를 확인한 다음 자세히 안내해 드릴게요.",
        "ko|이 비타민 하루에 몇 알 먹어요?|복용 방법이 궁금하셨군요. 하루 섭취량은 담당자가 제품 정보를 확인 후 정확하게 알려드리겠습니다.",
        "ko|나이키 에어포스랑 사이즈 비슷해요?|나이키 에어포스 기준으로 사이즈 비교를 원하시는군요! 사이즈 차이는 담당자가 확인해서 알려드릴게요.",
        "ko|학생 할인 있어요?|학생 할인 여부는 담당자가 확인 후 답변 드리도록 할게요~ 문의 감사합니다!",
        "ko|어제 주문했는데 주소 바꿀 수 있나요?|주소 변경을 원하시는군요. 변경 가능 여부는 담당자가 주문 상태를 확인해서 최대한 빨리 연락드릴게요.",
        "en|Do you offer student discounts?|Thanks for asking about student discounts! Our team will look into what's available and let you know shortly.",
        "en|Can I change my shipping address? I ordered yesterday.|Of course, we understand plans change! Our order team will check whether the address can still be updated and get back to you right away.",
        "en|Is this the same as the Nike Air Force sizing?|Thanks for the comparison with Nike Air Force sizing! Our footwear team will compare the two and reply soon.",
        "en|How many capsules per day?|Thanks for your question about the daily dosage. Our product team will confirm the directions and get back to you shortly.",
        "en|I need an invoice for my company.|Happy to help with that! Our billing team will review your invoice request and follow up by email soon.",
        "en|Does it fit a 15 inch laptop?|A 15-inch laptop, got it! Our team will measure the inner compartment and let you know whether it fits.",
        "ja|学割はありますか？|学割についてのお問い合わせ、ありがとうございます。適用の可否は担当者が確認してご案内いたします。",
        "ja|配送先を変更できますか？|配送先のご変更をご希望とのこと、承知いたしました。変更が可能かどうか、担当者が確認のうえご連絡いたします。",
        "ja|1日に何粒飲めばいいですか？|お召し上がり方についてのご質問ですね。1日の目安量については、担当者が確認してからお答えいたします。",
        "zh|学生有优惠吗？|亲，感谢您的咨询～学生优惠的问题我们会请客服确认后回复您哦！",
        "zh|能改收货地址吗？昨天下的单|您好，关于修改收货地址的问题，我们的客服会核实订单状态后尽快联系您。",
        "zh|一天吃几粒？|您好，感谢您的提问！关于每日食用量，我们的产品专员会核实后给您准确答复。",
        // Fifth batch: Japanese keigo and Chinese service style.
        "ja|このリュックはA4ファイルが入りますか？|お問い合わせいただき、誠にありがとうございます。A4ファイルが収納可能かどうかにつきまして、担当者が実寸を確認し、改めてご連絡申し上げます。",
        "ja|犬用のおやつですが、子犬でも食べられますか？|かわいいワンちゃんのためのおやつをお探しいただき、ありがとうございます🐶 子犬への給与については、担当者が原材料を確認してからお答えいたしますね。",
        "ja|注文をキャンセルしたいです。|ご注文のキャンセルをご希望ですね。キャンセルの可否につきましては、担当部署にて確認のうえ、早急にご連絡いたします。",
        "ja|この時計は防水ですか？お風呂で使いたいです。|お風呂でのご使用をお考えなのですね。防水性能については、担当者がメーカー仕様を確認のうえご案内いたします。",
        "ja|返事が遅いです。|ご返信が遅くなり、大変申し訳ございません。ただいま担当者が確認しておりますので、もう少々お待ちいただけますでしょうか。",
        "ja|プレゼント用にメッセージカードを付けられますか？|素敵なプレゼントになりそうですね！メッセージカードのお取り扱いについて、スタッフが確認してご連絡いたします。",
        "zh|这个背包能放A4文件吗？|亲，您好～关于能否放下A4文件的问题，我们会请仓库同事测量一下内部尺寸，确认后马上回复您！",
        "zh|小狗可以吃这个零食吗？|您好，感谢您对毛孩子的用心～幼犬能否食用的问题，我们的产品专员会核实配料后尽快答复您。",
        "zh|我想取消订单|您好，收到您取消订单的需求了，客服同事会核实订单状态后第一时间联系您，请稍等～",
        "zh|回复太慢了！|非常抱歉回复晚了，让您久等了！我们的工作人员正在核实您的问题，会尽快给您答复。",
        "zh|可以加贺卡吗？|哇，是要送人的礼物呀🎁 关于能否附赠贺卡，我们会请客服确认后告知您哦～",
        // Sixth batch: Korean service style, English exclamations and wishes.
        "ko|이 러그 물세탁 되나요?|안녕하세요~ 러그 물세탁 관련 문의 감사드려요! 세탁 가능 여부는 담당자가 소재 정보를 확인해 보고 알려드릴게요.",
        "ko|아이가 쓸 건데 모서리 날카로워요?|아이가 쓸 물건이라 안전이 제일 걱정되시죠. 모서리 마감 상태는 담당자가 실물을 확인해서 말씀드리겠습니다.",
        "ko|캠핑 가서 쓰려는데 방수돼요?|캠핑 가시는군요, 즐거운 여행 되세요! ⛺ 방수 여부는 담당자가 확인한 다음 답변 남겨 드릴게요.",
        "ko|이 선크림 임산부도 써도 돼요?|임신 중이시라 성분 하나하나 신경 쓰이실 것 같아요. 임산부 사용 가능 여부는 담당자가 전성분을 검토해서 안내해 드리겠습니다.",
        "ko|주문 취소하고 싶어요|주문 취소를 원하신다는 말씀이시죠. 취소 가능 여부는 담당자가 주문 상태를 확인한 후 바로 연락드리겠습니다.",
        "ko|이거 언제 다시 들어와요? 너무 갖고 싶어요|많이 기다리고 계셨군요 ㅠㅠ 재입고 일정은 담당자가 확인해서 최대한 빨리 알려드릴게요.",
        "ko|키 180인데 L이면 될까요?|키 180cm 기준으로 L 사이즈가 맞으실지 궁금하시군요. 담당자가 상세 치수를 확인한 뒤 안내드리겠습니다!",
        "ko|택배사 어디예요?|택배사 관련 문의시네요. 이용 택배사는 담당자가 확인 후 답변드릴게요. 감사합니다~",
        "ko|이거 유통기한 언제까지예요?|유통기한이 궁금하시군요. 정확한 유통기한은 담당자가 재고를 확인해서 알려드리겠습니다.",
        "ko|포장 뜯었는데 반품 돼요?|개봉 후 반품 가능 여부 문의 주셨네요. 해당 부분은 담당자가 반품 규정을 확인한 뒤 답변드리겠습니다. 조금만 기다려 주세요!",
        "ko|고양이가 이거 먹어도 돼요? 신장이 안 좋아요|고양이가 신장이 약해서 많이 신경 쓰이시겠어요. 급여 가능 여부는 담당자가 성분을 꼼꼼하게 확인해 보고 말씀드릴게요.",
        "ko|답장 언제 줘요?|기다리시게 해서 죄송해요 🙏 최대한 빨리 확인해서 답변드리도록 하겠습니다!",
        "en|Can I use this yoga mat on carpet?|Thanks for the question! Using the mat on carpet is something our fitness team will look into, and we'll get back to you soon.",
        "en|Is this blender loud? I have a baby who naps.|Totally get it — nap time is precious! Our kitchen team will check the noise level details and reply shortly.",
        "en|Do you have this in a size 14?|Thanks for reaching out about size 14! Our team will check availability and let you know soon.",
        "en|Is this lamp bright enough for reading?|Great question, and thanks for asking! Our lighting team will look into the brightness details and get back to you shortly.",
        "en|When will my refund be processed?|Thanks for your patience with the refund. Our billing team will check its status and update you as soon as possible.",
        "en|Can I order 50 of these for an event?|Wow, 50 for an event, how fun! Our team will check whether a bulk order of 50 is possible and get back to you.",
        "en|Will this fit in a carry-on?|Thanks for asking! Our travel gear team will double-check the dimensions against carry-on limits and reply soon. Safe travels!",
        "en|I'm allergic to latex, does this contain any?|Thank you for letting us know about your latex allergy — we'll make sure you get an accurate answer. Our team will check the materials and reply soon.",
        // Seventh batch: restated figures and models, warranties.
        "en|I'm 5'4\" and 130 lbs, would a small or medium fit better?|Thanks for sharing your height and weight! Our sizing team will compare the small and medium measurements for 5'4\" and 130 lbs and get back to you shortly.",
        "en|Does this work with the Samsung Galaxy Tab S9?|Thanks for including the exact model! Our tech team will confirm compatibility with the Galaxy Tab S9 and reply soon.",
        "en|Is this OK for a 3 month old?|Little ones that age need extra care, so thank you for checking. Our team will review the age guidance and get back to you.",
        "en|How long is the warranty?|Great question about the warranty! Our team will confirm the coverage details and follow up shortly.",
        "en|Is this vegan?|Thanks for asking whether it's vegan! Our team will check the full ingredient list and get back to you soon.",
        "ja|身長160cmですが、Mサイズで大丈夫ですか？|身長160cmとのこと、ご丁寧にありがとうございます。Mサイズが合うかどうかにつきましては、担当者が実寸を確認してご案内いたします。",
        "ja|iPhone 15 Proに対応していますか？|iPhone 15 Proへの対応についてのお問い合わせですね。担当者が対応機種を確認のうえ、ご連絡いたします。",
        "ja|保証期間はどのくらいですか？|保証期間についてお問い合わせいただき、ありがとうございます。詳細は担当者が確認のうえ、改めてご案内いたします。",
        "zh|身高165体重55穿什么码？|亲，感谢您提供身高体重信息～关于身高165、体重55适合哪个尺码的问题，我们会请客服核对尺码表后回复您！",
        "zh|这个支持华为Mate 60吗？|您好，关于是否支持华为Mate 60的问题，我们的技术同事会核实后尽快答复您。",
        "zh|保修多久？|您好，感谢您的咨询！保修期限的问题我们会请售后同事确认后回复您，请您稍等。",
        "ko|보증 기간이 어떻게 되나요?|보증 기간 문의 감사합니다! 보증 기간과 범위는 담당자가 확인해서 정확하게 안내드리겠습니다.",
        "ko|갤럭시 탭 S9에 맞는 케이스인가요?|갤럭시 탭 S9 호환 여부가 궁금하시군요. 담당자가 모델명을 확인한 뒤 답변드릴게요!",
      })
  void acknowledgementsPublish(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.PUBLISH);
  }
}
