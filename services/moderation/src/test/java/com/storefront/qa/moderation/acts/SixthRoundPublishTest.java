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
        "ko|캠핑 의자 몇 kg까지 버텨요?|고객님 안녕하세요 😊 캠핑용 의자 무게 제한이 궁금하셨군요! 정확한 하중 정보는 담당자가 확인 후 답변드릴게요.",
        "ko|배송 왜 이렇게 늦어요?|앗, 배송이 늦어져서 많이 답답하셨죠 ㅠㅠ 정말 죄송합니다. 담당자가 바로 배송 상황을 확인해서 연락드리겠습니다.",
        "ko|고양이 간식 성분 괜찮아요?|반려묘가 먹을 간식이라 성분이 걱정되시는 건 당연해요. 담당자가 원재료를 꼼꼼히 확인하고 안내해 드릴게요.",
        "ko|할인 더 되나요?|가격 할인 관련 문의시군요. 할인 적용 여부는 담당 부서에서 확인 후 안내드리겠습니다.",
        "ko|이거 기내 반입 돼요?|와 여행 준비 중이시군요! 🧳 기내 반입 가능 여부는 담당자가 규정을 확인한 뒤 알려드릴게요.",
        "ko|아기 첫 신발 사이즈 뭐로 해요?|우리 아이 첫 신발을 고르고 계시는군요. 사이즈 선택은 담당자가 실측을 확인해서 도와드릴게요.",
        "ko|정품 맞아요?|문의해 주신 정품 여부는 아주 중요한 부분이죠. 담당자가 유통 경로를 확인한 후 답변드리겠습니다.",
        "ko|답변 언제 와요|답변이 늦어 불편을 드려 죄송합니다. 문의 내용은 담당자에게 전달되었고, 확인되는 대로 바로 연락드릴게요.",
        "ko|세탁기 돌려도 돼요?|좋은 질문 감사합니다! 세탁기 사용 가능 여부는 담당자가 케어 라벨을 확인 후 말씀드릴게요 👕",
        "ko|환불 어떻게 해요?|고객님, 환불 절차가 궁금하시죠? 담당 부서에서 주문 내역을 확인한 후 자세히 안내해 드리겠습니다.",
        "en|Can you put a name on the banner? It's for a surprise party|Oh, a surprise party — how exciting! 🎉 Our team will check whether the banner can be personalised and get back to you soon.",
        "en|How heavy is this?|Hi there! I totally get wanting to know the exact weight before you buy. Our product team will confirm it and reply shortly.",
        "en|Any nuts in this granola? Allergic.|Thanks so much for reaching out! Allergies are no small thing, so our team will double-check the ingredient list for you.",
        "en|Can you do a better price?|Great question about the price! Our sales team will review your request and follow up with you as soon as possible.",
        "en|You sent me the wrong item|So sorry about the mix-up with your order! Our support team is looking into it and will contact you shortly.",
        "en|What's the warranty?|Hey! Thanks for asking about the warranty 😊 Someone from our team will get back to you with the details soon.",
        "en|Does the stroller fold flat for travel?|Hello! Just to confirm, you're asking whether the stroller folds flat for travel? Our team will check and let you know.",
        "en|Still no answer??|Hi! We hear you — waiting for an answer is frustrating. A team member will reply to your question as soon as possible.",
        "en|Is this safe for my dog with kidney issues?|Thanks for your message! Your dog's health comes first, so our pet care specialists will look into this carefully and get back to you.",
        "en|Do you ship to Hawaii?|Hi! Thanks for checking before ordering. Our team will look into the shipping options to Hawaii and reply shortly. Have a great day!",
        "ja|キャンプチェアの耐荷重は？|お問い合わせありがとうございます😊 キャンプ用のチェアの耐荷重についてですね。担当者が確認のうえ、ご連絡いたします。",
        "ja|まだ届きません|ご不便をおかけして申し訳ございません。配送状況につきましては、担当者がお調べしてご連絡いたします。今しばらくお待ちください。",
        "ja|機内に持ち込めますか？|わあ、ご旅行の準備中なのですね！機内持ち込みの可否については、担当者が確認してご案内いたします。",
        "ja|もう少し安くなりませんか？|お値段についてのご相談ですね。担当部署にて確認のうえ、改めてご連絡いたします。",
        "ja|このフードは腎臓病の猫にも大丈夫？|ペットの健康に関わる大切なご質問ありがとうございます。原材料については担当者が確認いたします。",
        "zh|露营椅承重多少？|亲，您好～关于露营椅承重的问题，我们的客服会核实后尽快回复您哦😊",
        "zh|怎么还没到？|非常抱歉给您带来不便！物流情况我们会尽快核实，稍后回复您。",
        "zh|能便宜吗？|您好！感谢您的咨询，价格方面的问题我们会反馈给店长，确认后回复您。",
        "zh|猫粮成分安全吗？|亲，理解您对宠物健康的担心，关于成分的问题，负责人会仔细核对后给您答复。",
        "zh|能带上飞机吗？|您好呀！是要去旅行吗？关于能否带上飞机的问题，我们会确认后回复您～",
        "ko|이 텐트 4인용인데 성인 4명 누워도 넉넉해요?|성인 4명이 누웠을 때 공간이 넉넉한지 궁금하시군요! 🏕️ 내부 실측 크기는 담당자가 확인해서 정확하게 알려드릴게요. 조금만 기다려 주세요~",
        "ko|가격이 왜 이렇게 비싸요?|가격 관련해서 문의 주셨네요. 가격 구성에 대해서는 담당 부서에서 확인 후 자세히 안내해 드리겠습니다.",
        "ko|이 세제 아토피 있는 아기 옷 빨아도 돼요?|아토피가 있는 아기 옷이라 세제 선택이 정말 조심스러우시겠어요. 사용 가능 여부는 담당자가 성분을 확인한 후 신중하게 답변드리겠습니다.",
        "ko|주문 취소했는데 환불이 안 들어왔어요|환불이 아직 안 들어와서 걱정되셨죠. 불편을 드려 정말 죄송합니다. 담당자가 취소 및 환불 처리 상태를 바로 확인해서 연락드릴게요.",
        "ko|고양이가 이 장난감 삼키면 위험한가요?|고양이가 가지고 노는 장난감이라 안전이 가장 신경 쓰이시죠 🐱 안전성 관련 내용은 담당자가 확인 후 답변드리겠습니다.",
        "ko|이거 선물 포장 되나요? 어버이날 선물이에요|어버이날 선물 준비하시는군요! 정말 따뜻한 마음이세요. 선물 포장 가능 여부는 담당자가 확인하고 안내해 드릴게요.",
        "ko|세일 언제 해요?|세일 일정이 궁금하시군요! 할인 행사 관련해서는 담당 부서에서 확인 후 안내드리겠습니다. 감사합니다 😊",
        "ko|이 블렌더 소음 심해요?|블렌더 소음 정도에 대한 문의 감사합니다! 담당자가 제품 사양을 확인해서 답변드릴게요.\\n좋은 하루 보내세요.",
        "en|Does this come in a size 14?|Hi! You're looking for a size 14 — got it. Our team will check whether it's available in that size and let you know shortly.",
        "en|Is the price going to drop for Black Friday?|Thanks for asking about Black Friday pricing! Our sales team will look into this and get back to you as soon as they can.",
        "en|Can I use this lotion while breastfeeding?|Congratulations on your little one! 💕 Because this is about breastfeeding, our product team will carefully review the ingredients and get back to you.",
        "en|The zipper broke after one week|Oh no, I'm so sorry the zipper broke! That's really disappointing. Our support team will review your order and reach out about the next steps.",
        "en|Is this cat tree stable for a big Maine Coon?|What a lucky Maine Coon! 😺 Our team will check the stability details for larger cats and get back to you soon.",
        "en|Can I get this engraved for my dad's retirement?|A retirement gift — how thoughtful! Our team will check whether engraving is possible and reply shortly.",
        "en|How much is shipping to Alaska?|Thanks for reaching out! Shipping costs to Alaska are something our logistics team will need to confirm. We'll get back to you soon.",
        "en|Does this tea have caffeine? I'm sensitive to it.|Thanks for letting us know you're sensitive to caffeine. Our product team will verify the caffeine content and get back to you with an accurate answer.",
        "en|Will the blue match the photo?|Good question! Colors can look different on every screen, so our team will check the actual shade and get back to you.",
        "ja|このテントは4人で寝ても広いですか？|4人でお休みになった際の広さについてのご質問ですね⛺ 内寸につきましては、担当者が確認のうえご案内いたします。",
        "ja|値段が高すぎませんか？|価格についてのご意見、ありがとうございます。いただいた内容は担当部署にお伝えし、確認のうえご連絡いたします。",
        "ja|アトピーの子どもの服を洗っても大丈夫ですか？|お子様のお肌に関わることですので、ご心配ですよね。ご使用の可否につきましては、担当者が成分を慎重に確認いたします。",
        "ja|返金がまだです|ご返金がまだ確認できず、ご不安な思いをおかけして申し訳ございません。担当者が至急確認し、ご連絡いたします。",
        "ja|母の日のプレゼントにしたいです|母の日のプレゼントをご検討いただきありがとうございます！ラッピングの可否につきましては、担当者が確認してご案内いたします。",
        "zh|这个帐篷4个人睡宽敞吗？|您好！关于4个人睡是否宽敞的问题，我们会请产品同事核实内部尺寸后回复您⛺",
        "zh|价格能再优惠点吗？|亲，感谢您的关注～关于优惠的问题，我们已经反馈给店长了，确认后第一时间回复您哦！",
        "zh|宝宝有湿疹能用这个洗衣液吗？|您好，宝宝皮肤问题确实需要格外谨慎，关于能否使用的问题，我们的产品顾问会仔细核实成分后回复您。",
        "zh|退款怎么还没到账？|非常抱歉让您着急了！关于退款到账的问题，售后同事会马上核实，稍后与您联系。",
        "zh|母亲节送礼可以包装吗？|您好～是要送给妈妈的母亲节礼物呀，真贴心！关于能否礼品包装的问题，我们会确认后回复您。",
        "en|Is this mattress good for back pain?|Hi! Back pain can really affect your sleep, so we want to give you accurate information. I've asked our sleep specialists to review this, and they'll get back to you shortly.",
        "en|Do you have the grey one in stock?|Hey there! Let me check on the grey one for you. Our inventory team will confirm availability and I'll update you soon.",
        "en|Is this hoodie true to size?|Hi! Sizing questions are always tricky online 😊 Our apparel team will compare the measurements and let you know.\\n\\nBest,\\nThe Northwind Team",
        "en|Can I use this car seat on a plane?|Hello, and thanks for thinking ahead about your trip! Our safety team will check whether this car seat is approved for air travel and reply soon.",
        "en|How long does the battery last?|Great question! Battery life is one of the details our product team will confirm for you. Expect a reply soon!",
        "en|Will this rug fit under a queen bed?|Ooh, planning a bedroom refresh? 🛏️ Our team will check the rug dimensions against a queen bed and get back to you.",
        "en|Are these earrings nickel free?|Hi! Thank you for asking — metal sensitivities are important to get right. Our jewelry team will verify the materials and reply shortly.",
        "en|I need this by Saturday for a wedding!|Congrats on the wedding! 💐 Our shipping team will look at delivery options for Saturday and get back to you as soon as possible.",
        "en|Your site charged me twice|I'm really sorry about the double charge — that's stressful. Our billing team will look into it right away and contact you.",
        "en|Is the paint on this crib non-toxic?|Thank you for checking — your baby's safety matters so much. Our product safety team will verify the paint details and respond soon.",
        "en|Does it come with batteries?|Hi! Good question. I'll check with our team on what's included in the box and get back to you shortly.",
        "en|What's the difference between the 2 models?|Thanks for asking about the 2 models! Our product team will put together a comparison and get back to you soon.",
        "en|Can I change my delivery address?|Hi! Sure, let me pass that to our shipping team. They'll check whether the address can still be updated and contact you shortly.",
        "en|Is this blender dishwasher safe?|Hello! We'd like to be 100% sure before answering, so our team will check the care instructions and reply soon.",
        "ja|このマットレスは腰痛に良いですか？|お問い合わせいただき、誠にありがとうございます。腰痛でお悩みとのこと、ご心配のことと存じます。担当者が確認し、改めてご連絡いたします。",
        "ja|グレーの在庫はありますか？|グレーの在庫状況についてのお問い合わせ、ありがとうございます！担当者が確認して、すぐにご連絡いたしますね。",
        "ja|サイズ感はどうですか？|サイズ感についてのご質問ありがとうございます😊\\n担当スタッフが実寸を確認のうえ、ご案内いたします。\\n\\nショップ桜 スタッフ一同",
        "ja|土曜日までに届きますか？結婚式で使います|ご結婚式でお使いになるのですね、おめでとうございます！お届け日につきましては、担当者が確認してご連絡いたします。",
        "ja|二重に請求されています|二重のご請求とのこと、ご迷惑をおかけして大変申し訳ございません。担当部署にて至急確認いたします。",
        "ja|ベビーベッドの塗料は安全ですか？|赤ちゃんがお使いになるものですので、ご心配ですよね。塗料につきましては、担当者が慎重に確認いたします。",
        "ja|電池は付属していますか？|ご質問ありがとうございます。付属品の内容につきましては、担当者が確認のうえ、追ってご連絡差し上げます。",
        "ja|配送先を変更できますか？|かしこまりました。配送先の変更が可能かどうか、担当者が確認してご連絡いたします。少々お待ちくださいませ。",
        "zh|这个床垫对腰疼有帮助吗？|您好～腰疼确实很影响睡眠，理解您的担心。关于床垫是否适合腰疼的问题，我们的产品顾问会核实后回复您。",
        "zh|灰色有货吗？|亲，您好！灰色的库存情况我们马上帮您核实，稍后回复您哦～",
        "zh|周六前能到吗？要参加婚礼|恭喜恭喜！🎉 关于周六前能否送达的问题，我们的物流同事会尽快确认并回复您。",
        "zh|被扣了两次款|非常抱歉给您带来困扰！重复扣款的问题我们已经反馈给财务同事，核实后会第一时间联系您。",
        "zh|婴儿床的漆安全吗？|您好，宝宝的安全是最重要的，关于油漆是否环保的问题，负责人会仔细核实后给您准确答复。",
        "zh|可以改收货地址吗？|好的亲～关于修改收货地址的问题，我们会请售后同事确认后回复您，请稍等哦。",
        "zh|两款有什么区别？|您好！感谢您的提问～关于两款产品区别的问题，我们会请产品同事整理后回复您。",
        "ko|이 매트리스 허리 아픈 사람한테 좋아요?|허리가 불편하시면 매트리스 선택이 정말 중요하죠. 담당자가 제품 특성을 확인해서 자세히 답변드릴게요.",
        "ko|토요일까지 받을 수 있나요? 결혼식에 써야 해요|결혼식 준비로 바쁘시겠어요! 🎉 토요일까지 받아보실 수 있는지는 담당자가 배송 일정을 확인 후 바로 연락드리겠습니다.",
        "ko|결제가 두 번 됐어요|이중 결제가 되어 많이 놀라셨죠. 불편을 드려 정말 죄송합니다. 결제 담당 부서에서 바로 확인 후 연락드리겠습니다.",
        "ko|배송지 변경 되나요?|네, 고객님! 배송지 변경 가능 여부는 담당자가 주문 상태를 확인한 뒤 안내해 드릴게요.",
        "ko|두 모델 차이가 뭐예요?|두 모델의 차이점이 궁금하시군요! 모델별 차이는 담당자가 정리해서 답변드릴게요 😊",
      })
  void acknowledgementsPublish(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isEqualTo(Verdict.PUBLISH);
  }
}
