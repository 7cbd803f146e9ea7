package com.storefront.qa.moderation.acts;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The sixth round's widened classes carrying what no acknowledgement may say: the same openers and
 * reasons ({@link SixthRoundPublishTest}) followed or filled by a claim, a figure the customer did
 * not write, a date, a promise, a recommendation, other customers, another shop or condescension
 * ("…신청하시면 되는 건데요"). Written fresh, none from a corpus. Rows are {@code language|question|reply}.
 */
class SixthRoundHoldTest {
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
        "ko|교환 되나요?|안녕하세요 회원님! 교환은 수령 후 7일 이내 가능하니 걱정 마세요.",
        "ko|신장 안 좋은 고양이도 먹어도 돼요?|보호자님, 이 사료는 신장이 약한 아이도 먹어도 괜찮아요.",
        "ko|견과류 들어갔나요?|알레르기가 있으셔서 중요하시겠어요. 이 제품에는 견과류가 전혀 들어가지 않았습니다.",
        "ko|27.5인치 모니터 올릴 수 있나요?|27.5인치 모니터도 충분히 올라가니 안심하셔도 됩니다.",
        "ko|수유 중에 먹어도 돼요?|신중하게 확인해야 하는 부분이지만 수유 중에도 드셔도 괜찮습니다.",
        "ko|재고 있나요?|물류팀에 확인해 달라고 했는데 재고가 없다고 하네요.",
        "ko|사이즈 교환 돼요?|넵넵! 사이즈 교환은 무료로 해 드려요.",
        "ko|반품하고 싶어요|반품은 마이페이지에서 신청하시면 되는 건데요, 어려우시면 담당자가 도와드릴게요.",
        "ko|하루에 두 번 써도 되나요?|하루 3회까지 사용하셔도 괜찮아요.",
        "ko|한 번 충전하면 몇 시간 가요?|1회 충전으로 약 8시간 사용하실 수 있어요.",
        "ko|원목 식탁 상판 두께 얼마예요?|튼튼하고 두꺼운 원목 식탁 상판 문의 주셔서 감사합니다. 담당자가 확인할게요.",
        "ko|목디스크에 좋은 베개인가요?|이 베개는 목디스크에 좋은 제품이라 쾌차하시길 바랍니다.",
        "ko|재고 있나요?|담당자에게 확인해 달라고 전달했고 재고는 넉넉하게 있어요.",
        "ko|언제 답해줘요?|담당자가 확인한 뒤 내일 오전까지 답변드리려고 해요.",
        "en|Can I machine wash this rug?|I've forwarded your question to our home team, who will tell you it is machine washable.",
        "en|Is there a student discount?|Your discount question has been passed to our sales team, and they will give you 20% off.",
        "en|Can my toddler use this?|Because your child's safety is so important, this toy is made without BPA.",
        "en|Is this safe with my pacemaker?|Since this concerns a medical device, it is safe for pacemaker users.",
        "en|Got it in blue?|Always happy to help with that! It comes in blue too.",
        "en|Does this run large?|I'll let our sizing team know, but the XL runs large.",
        "en|Where is my replacement?|Our team has your message and the replacement ships tomorrow.",
        "en|Are returns free?|Thanks for asking about free returns! Returns are always free.",
        "en|Is the frame metal or plastic?|Whether the frame is metal or plastic is a smart question to ask, and it's solid steel.",
        "en|Can it arrive before the wedding?|Thanks for telling us it's for your sister's wedding! It will arrive by Friday.",
        "en|Is it a good gift?|Thanks for letting us know it's a gift! Most customers say it's the perfect gift.",
        "en|Do you have this in XL?|We appreciate you choosing us over Amazon!",
        "en|Peanuts?|We want to be careful and accurate: it contains no peanuts.",
        "en|Is shipping free?|Thanks for asking! We offer free shipping on every order.",
        "en|Is this vegan?|Because vegan diets are so important, we use only plant-based ingredients 🌱 Our team will confirm.",
        "en|Can I return it?|Our team has your question and will refund you within 3 days.",
        "en|Is this good for back pain?|Because back pain is so serious, we recommend this pillow.",
        "en|Is the lid leak proof?|Thanks for letting us know it's for a road trip! The lid is fully leak-proof.",
        "ja|子犬にも使えますか？|かしこまりました。子犬にも問題なくお使いいただけます。",
        "ja|子犬にも使えますか？|わんちゃんの健康に関わることですので、この商品がおすすめです。",
        "ja|授乳中でも飲めますか？|専門的な確認が必要なため、通常3日ほどかかります。",
        "ja|在庫はありますか？|ご理解いただけますと幸いです。在庫は来週入荷予定です。",
        "ja|在庫はありますか？|お問い合わせありがとうございます。\\n在庫あり、すぐ発送できます。\\nさくら雑貨 お客様窓口",
        "ja|安全ですか？|安全に関わる点ですので、この商品は安全です。",
        "ja|敏感肌でも使えますか？|肌の健康に関わる大切な点ですが、他のお客様も問題なく使っています。",
        "zh|这个奶瓶几个月的宝宝可以用？|您好呀！这款奶瓶三个月以上的宝宝都可以用。",
        "zh|几个月可以用？|关于几个月可以用的问题，一般六个月以上就可以了。",
        "zh|孕妇能吃吗？|涉及宝宝健康，我们建议您选择这款。",
        "zh|能便宜点吗？|我们已经转交给店长了，可以给您打九折。",
        "zh|为什么还没发货？|您的留言我们都记下了，明天就发货。",
        "zh|有货吗？|您好！\\n有现货，今天发货。\\n——星星母婴店客服",
        "zh|几天能到？|关于几天能到的问题，一般三天就能到。",
        "zh|几天能到？|关于几天能到的问题，三天内送达。",
        "ko|캠핑 의자 몇 kg까지 버텨요?|고객님 안녕하세요 😊 캠핑용 의자 무게 제한은 120kg까지예요!",
        "ko|배송 언제 와요?|앗, 배송이 늦어져서 죄송합니다 ㅠㅠ 내일이면 도착할 거예요.",
        "ko|고양이 간식 성분 괜찮아요?|반려묘가 먹을 간식이라 걱정되시죠. 무첨가 제품이라 안심하셔도 돼요.",
        "ko|할인 더 되나요?|가격 할인 관련 문의시군요. 지금 주문하시면 10% 할인돼요.",
        "ko|이거 기내 반입 돼요?|와 여행 준비 중이시군요! 기내 반입 당연히 됩니다.",
        "ko|정품 맞아요?|문의해 주신 정품 여부는 중요한 부분이죠. 저희는 100% 정품만 취급합니다.",
        "ko|세탁기 돌려도 돼요?|좋은 질문 감사합니다! 세탁기 사용하셔도 전혀 문제없어요.",
        "en|Can you put a name on the banner?|Oh, a surprise party — how exciting! The banner can be personalised for free.",
        "en|How heavy is this?|I totally get wanting to know the weight. It weighs just 2 kg.",
        "en|Any nuts?|Allergies are no small thing, but this granola is nut-free.",
        "en|Better price?|Great question about the price! We can knock 15% off for you.",
        "en|Wrong item|So sorry about the mix-up! We'll send a replacement tomorrow.",
        "en|Does the stroller fold flat?|Just to confirm, you're asking whether the stroller folds flat? Yes, it folds flat in one step.",
        "en|Safe for my dog?|Your dog's health comes first, and vets recommend this food.",
        "ja|キャンプチェアの耐荷重は？|キャンプ用のチェアの耐荷重についてですね。耐荷重は100kgです。",
        "ja|機内に持ち込めますか？|ご旅行の準備中なのですね！機内持ち込みは問題なくできます。",
        "zh|露营椅承重多少？|亲，露营椅承重150公斤，放心购买哦😊",
        "zh|猫粮成分安全吗？|理解您对宠物健康的担心，这款粮是无谷配方，很适合敏感肠胃。",
        "zh|能带上飞机吗？|您好呀！是要去旅行吗？这个可以带上飞机的～",
        "zh|怎么还没到？|非常抱歉给您带来不便！已经给您发货了，明天到。",
        "en|How heavy is it?|I totally get wanting to know the weight, and it's just 2 kg.",
        "en|Any nuts?|Allergies are no small thing, and this bar is nut-free.",
        "en|Safe for my dog?|Your dog's health comes first, which is why this food is vet-approved.",
        "en|When will it ship?|Just to confirm, it ships tomorrow.",
        "en|Where is my order?|Waiting is frustrating, but it will arrive Friday.",
        "ja|防水ですか？|わあ、この商品は防水です！",
        "zh|能登机吗？|是要去旅行吗？这款箱子可以登机。",
        "zh|送人用哪款？|您是要送人吗？送人的话建议选礼盒装。",
        "en|Is it good quality?|Quality comes first, and this one never breaks.",
        "ko|이 텐트 4인용인데 성인 4명 누워도 넉넉해요?|성인 4명이 누웠을 때 공간이 궁금하시군요! 🏕️ 성인 4명도 충분히 여유 있게 누울 수 있어요.",
        "ko|가격이 왜 이렇게 비싸요?|가격 관련해서 문의 주셨네요. 다른 쇼핑몰보다 저렴한 편입니다.",
        "ko|이 세제 아토피 있는 아기 옷 빨아도 돼요?|아토피가 있는 아기 옷이라 조심스러우시겠어요. 저자극 제품이라 안심하고 쓰셔도 됩니다.",
        "ko|세일 언제 해요?|세일 일정이 궁금하시군요! 다음 주 월요일부터 30% 세일해요.",
        "en|Does this come in a size 14?|You're looking for a size 14 — got it. Size 14 is in stock and ships today.",
        "en|Can I use this lotion while breastfeeding?|Congratulations on your little one! It's completely safe while breastfeeding.",
        "en|The zipper broke|Oh no, that's really disappointing. That only happens when the zipper is forced.",
        "en|Is this cat tree stable?|What a lucky Maine Coon! Most owners say it holds cats up to 12 kg.",
        "en|Will the blue match the photo?|Good question! Colors can look different on every screen, but this blue matches the photo exactly.",
        "ja|値段が高すぎませんか？|価格についてのご意見、ありがとうございます。他店より安く設定しております。",
        "ja|アトピーの子どもの服を洗っても大丈夫ですか？|お子様のお肌に関わることですので、ご心配ですよね。低刺激なので問題ありません。",
        "zh|价格能再优惠点吗？|亲，感谢您的关注～现在下单立减20元哦！",
        "zh|宝宝有湿疹能用这个洗衣液吗？|您好，宝宝皮肤问题确实需要格外谨慎，这款是婴儿专用的，可以放心使用。",
        "en|Can I use this while breastfeeding?|Congratulations on your new baby! This lotion is safe for nursing moms.",
        "en|The zipper broke|I'm so sorry the zipper broke! That happens when the bag is overfilled.",
        "en|The zipper broke|That's really disappointing, but the zipper has a lifetime warranty.",
        "en|Is this cat tree stable?|What a lucky Maine Coon! This tree holds up to 15 kg.",
        "en|Can I get it engraved?|A retirement gift — how thoughtful! Engraving is free.",
        "en|How much is shipping to Alaska?|Shipping costs to Alaska are something we cover for free.",
        "en|Refund?|Our team has received your message and will refund you tomorrow.",
        "zh|退款怎么还没到账？|非常抱歉让您着急了！退款已经到账了。",
        "zh|母亲节送礼可以包装吗？|是要送给妈妈的母亲节礼物呀，真贴心！这款妈妈们都很喜欢。",
        "zh|可以包装吗？|真贴心！可以免费包装哦。",
        "ko|아토피 아기 옷 빨아도 돼요?|아토피가 있는 아기 옷이라 조심스러우시겠어요. 이 세제는 아토피에 전혀 자극이 없어요.",
        "ko|아토피 아기 옷 빨아도 돼요?|아토피가 있는 아기도 쓸 수 있는 순한 세제예요.",
        "en|Is this mattress good for back pain?|Back pain can really affect your sleep, and this mattress fixes that.",
        "en|Is this mattress good for back pain?|This mattress can really affect your sleep for the better.",
        "en|Is this mattress good for back pain?|I've asked our sleep specialists, and they say it's great for back pain.",
        "en|Can I change my delivery address?|Let me pass that to our shipping team — the address can still be changed.",
        "en|Is this hoodie true to size?|Sizing questions are always tricky online, but this runs true to size.",
        "en|Can I use this car seat on a plane?|Thanks for thinking ahead! The car seat is FAA approved.",
        "en|How long does the battery last?|Battery life is one of the details we love: it lasts 20 hours.",
        "en|Where is my refund?|Expect a refund soon!",
        "en|Is the paint non-toxic?|Your baby's safety matters so much, and our paint is non-toxic.",
        "en|Is this blender dishwasher safe?|We're 100% sure it's dishwasher safe.",
        "en|Can I get a better price?|Our product team will put together a discount for you.",
        "en|My item broke|Our team will prepare a free replacement for you.",
        "ja|このマットレスは腰痛に良いですか？|腰痛でお悩みとのこと、ご心配のことと存じます。この商品は腰痛に効果があります。",
        "ja|土曜日までに届きますか？|ご結婚式でお使いになるのですね、おめでとうございます！土曜日までに必ず届きます。",
        "zh|这个床垫对腰疼有帮助吗？|腰疼确实很影响睡眠，这款床垫能缓解腰疼。",
        "zh|婴儿床的漆安全吗？|宝宝的安全是最重要的，我们的漆是环保的。",
        "zh|灰色有货吗？|灰色的库存情况很好，有货。",
        "zh|能便宜吗？|我们会请产品同事整理后给您打折。",
        "ko|이 매트리스 허리에 좋아요?|허리가 불편하시면 매트리스 선택이 정말 중요하죠. 이 매트리스가 허리에 제일 좋아요.",
        "ko|이 매트리스 허리에 좋아요?|매트리스 선택이 중요하죠, 이 제품은 허리에 좋습니다.",
      })
  void claimsHold(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isNotEqualTo(Verdict.PUBLISH);
  }
}
