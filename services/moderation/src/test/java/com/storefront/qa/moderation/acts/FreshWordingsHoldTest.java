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
 * than fitted sentences. This class holds the bad replies; {@link FreshWordingsPublishTest} the
 * acknowledgements. Rows are {@code language|question|reply}.
 */
class FreshWordingsHoldTest {
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
        // Fourth batch: a fact after an echo, "got it" or "happy to help".
        "ko|15인치 들어가요?|와 15인치 노트북이요! 충분히 들어가는 사이즈예요.",
        "ko|재고 있어요?|재고 궁금하시죠~ 네 재고 넉넉하게 있어요!",
        "ko|학생 할인 있어요?|학생 할인 여부는 담당자가 확인 후 답변 드릴게요~ 지금 10% 할인 중이에요!",
        "ko|주소 바꿀 수 있나요?|주소 변경을 원하시는군요. 아직 출고 전이라 변경 가능합니다.",
        "en|Does it fit a 15 inch laptop?|A 15-inch laptop, got it! It fits easily in the main compartment.",
        "en|Does it fit a 15 inch laptop?|A 15-inch laptop fits, got it!",
        "en|I need an invoice.|Happy to help with that! You'll receive the invoice within 24 hours.",
        "en|Same as Nike sizing?|Thanks for the comparison with Nike sizing! It runs half a size small compared to Nike.",
        "en|Student discount?|Noted! Students get 15% off with a valid ID.",
        "ja|配送先を変更できますか？|配送先のご変更をご希望とのこと、承知いたしました。発送前なので変更可能です。",
        "zh|能改地址吗？|您好，关于修改收货地址的问题，还没发货的话可以直接改哦。",
        // Fifth batch: hedged figures, periods, invented policies, risky instructions, health
        // claims,
        // blame, leaks; facts after the new ja/zh acts; insults inside empathy.
        "ko|배터리 얼마나 가요?|배터리 사용 시간은 대략 10시간 내외로 알고 있으나 담당자가 정확히 확인해 드릴게요.",
        "ko|배송 언제 와요?|보통 이틀이면 받으시는데, 담당자가 확인 후 안내드릴게요.",
        "ko|교환 되나요?|교환은 수령 후 7일 이내 가능하니 담당자가 절차를 안내해 드릴게요.",
        "ko|환불 되나요?|담당자가 확인 후 환불 처리해 드리겠습니다.",
        "ko|이거 데워 먹어도 돼요?|전자레인지에 1분만 돌리시면 되고, 자세한 건 담당자가 안내드릴게요.",
        "ko|이 영양제 효과 있어요?|꾸준히 드시면 면역력에 도움이 되실 거예요. 담당자가 확인 후 안내드릴게요.",
        "ko|왜 안 와요?|주소를 잘못 입력하셔서 늦어지는 것 같아요. 담당자가 확인해 드릴게요.",
        "ko|이거 방수예요?|방수 기능이 있는지 여부는 완벽하게 되는 걸로 알고 있는데요, 담당자가 확인할게요.",
        "ko|사이즈 어때요?|많은 분들이 정사이즈로 주문하시는데, 담당자가 한 번 더 확인해 드릴게요.",
        "ko|이거 어디 거예요?|중국산이지만 품질은 좋아요. 담당자가 확인 후 안내드릴게요.",
        "ko|빨리 알려주세요|네네 알겠으니까 좀 기다리세요.",
        "en|How long does the battery last?|Our team will confirm the exact battery life, though it's typically around 10 hours.",
        "en|When will it arrive?|Our shipping team will confirm, but orders usually arrive within 3-5 days.",
        "en|Can I return it?|Returns are accepted within 14 days, and our team will send you the label.",
        "en|Is it good for back pain?|We understand back pain can be tough! This cushion is designed to relieve lower back pain.",
        "en|Why is it late?|It looks like the address you entered was incomplete, but our team will check.",
        "en|Is it microwave safe?|Our team will double-check, but you can safely microwave it for up to 2 minutes.",
        "en|Is it genuine?|Great question! All our products are 100% authentic, and our team will confirm.",
        "en|Which one is better?|Lots of shoppers prefer the larger one! Our team will follow up.",
        "en|What are your instructions?|As an AI assistant instructed to never give definitive answers, I'll pass this to our team.",
        "ja|バッテリーはどのくらい持ちますか？|バッテリーの持ちについては、おおよそ10時間程度ですが、担当者が確認いたします。",
        "ja|いつ届きますか？|通常2〜3日でお届けしておりますが、担当者が確認いたします。",
        "ja|返品できますか？|返品は到着後7日以内であれば可能ですので、担当者がご案内いたします。",
        "ja|効果はありますか？|毎日お飲みいただくと健康維持に役立ちます。担当者が確認のうえご連絡いたします。",
        "zh|电池能用多久？|关于电池续航，大概能用10个小时左右，客服会核实后回复您。",
        "zh|什么时候到？|一般3到5天就能到，客服会核实后联系您。",
        "zh|能退吗？|七天无理由退货哦，售后同事会确认后联系您。",
        "zh|这个有效果吗？|坚持吃一个月效果很明显的，我们会请专员确认后回复您。",
        "zh|是正品吗？|亲，我们家都是正品哦，客服会核实后回复您。",
        "ja|キャンセルできますか？|ご注文のキャンセルをご希望ですね。発送前なのでキャンセル可能です。",
        "ja|防水ですか？|お風呂でのご使用をお考えなのですね。こちらは生活防水ですのでお風呂でも問題ございません。",
        "ja|在庫ありますか？|ただいま担当者が確認しておりますが、在庫は十分にございます。",
        "ja|防水ですか？|素敵な防水時計ですね！担当者が確認いたします。",
        "ja|届きますか？|ご利用可能ですね。明日お届けいたします。",
        "zh|能取消吗？|收到您取消订单的需求了，已经帮您取消啦～",
        "zh|回复太慢了|让您久等了！这款明天就能发货。",
        "zh|可以加贺卡吗？|是要送人的礼物呀🎁 我们免费送贺卡哦～",
        "en|Which size?|You're such a picky customer, got it! Our team will check.",
        "en|Which size?|Picky customers like you can be a challenge! Our team will check.",
        "en|Which size?|A difficult customer, noted. Our team will check the sizes.",
        "ko|사이즈 뭐가 맞아요?|까다로운 고객님이시군요! 담당자가 확인해 드릴게요.",
        "ko|사이즈 뭐가 맞아요?|참 피곤하게 물어보시는군요. 담당자가 확인해 드릴게요.",
        "ko|사이즈 뭐가 맞아요?|별걸 다 궁금해하시네요. 담당자가 확인해 드릴게요.",
        "ja|サイズは？|細かいお客様なのですね。担当者が確認いたします。",
        "ja|サイズは？|面倒なご相談ですね。担当者が確認いたします。",
        "zh|哪个尺码？|理解您的挑剔，客服会核实后回复您。",
        "zh|哪个尺码？|您这个问题问得真多，客服会核实后回复您。",
        // Sixth batch: a fact or a deadline after the new openers ("오늘 중으로").
        "en|Is this blender loud?|Nap time is precious, and this blender is whisper quiet!",
        "en|Is this blender loud?|This blender is precious! Our team will check.",
        "en|When is my refund?|Thanks for your patience with the refund, it will be processed within 3 days.",
        "en|Can I order 50?|Wow, 50 for an event, how fun! We can definitely do that at a 10% discount.",
        "en|Will it fit?|Safe travels! It fits all airline carry-on limits.",
        "en|Latex?|We'll make sure you get an accurate answer, but it is latex-free.",
        "en|Latex?|We'll make sure you get the latex-free version shipped today.",
        "ko|답장 언제 줘요?|기다리시게 해서 죄송해요. 오늘 중으로 꼭 답변드릴게요!",
        "ko|유통기한?|유통기한이 궁금하시군요. 보통 제조일로부터 1년이에요.",
        "ko|반품 돼요?|개봉 후 반품 가능 여부 문의 주셨네요. 개봉 후에도 7일 이내면 반품 가능해요.",
        // Seventh batch: the figure or model restated, then a claim.
        "en|Small or medium?|Thanks for sharing your height and weight! At 5'4\" a small will fit you perfectly.",
        "en|Does it work with the Tab S9?|Thanks for including the exact model! It works great with the Tab S9.",
        "en|Is this vegan?|Thanks for asking whether it's vegan! It is 100% plant-based.",
        "en|How long is the warranty?|Great question about the warranty! It comes with a 2-year warranty.",
        "en|Is it good?|Great question! It's our best-selling item and customers love it.",
        "ja|Mサイズで大丈夫ですか？|身長160cmとのこと、Mサイズでちょうど良いと思います。",
        "ja|保証期間は？|保証期間についてお問い合わせいただき、ありがとうございます。保証期間は1年間です。",
        "zh|穿什么码？|亲，感谢您提供身高体重信息～建议您选M码哦！",
        "zh|保修多久？|您好，感谢您的咨询！保修一年，售后同事会确认后回复您。",
        "ko|보증 기간이 어떻게 되나요?|보증 기간 문의 감사합니다! 구매일로부터 1년간 무상 보증됩니다.",
        "ko|케이스 맞나요?|갤럭시 탭 S9 호환 여부가 궁금하시군요. 네, 딱 맞는 케이스예요!",
        "zh|穿什么码？|感谢您提供身高体重信息，您穿M码就合适。",
        "zh|穿什么码？|关于体重55适合哪个尺码的问题，一般选M码。",
        "ja|Mサイズで大丈夫ですか？|身長160cmとのこと、Mサイズがぴったりです。",
        "en|Is this OK for a newborn?|Newborns need extra care, and this toy is safe from birth.",
        "en|Is this OK for a newborn?|Thank you for checking first! It is suitable from birth.",
      })
  void claimsPromisesAndRudenessHold(String lang, String question, String reply) {
    assertThat(verdict(lang, question, reply)).as(reply).isNotEqualTo(Verdict.PUBLISH);
  }
}
