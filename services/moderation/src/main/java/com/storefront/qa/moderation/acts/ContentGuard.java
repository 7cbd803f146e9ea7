package com.storefront.qa.moderation.acts;

import com.storefront.qa.moderation.text.GatedPattern;

/**
 * What no act of an acknowledgement may carry, whatever the grammar accepted around it: a figure
 * the customer did not write (a usage figure, "약 2시간"), a time frame for stock or delivery the
 * customer did not name, what other customers said, another shop, a recommendation. Each is a fact
 * or an endorsement nobody checked, so finding one makes the sentence unrecognised.
 *
 * <p>Figures and time words that appear in the question are the question restated ("175cm 기준으로 L
 * 사이즈가 맞는지…") and are allowed.
 */
final class ContentGuard {
  /** A figure: a run of digits (the question may contain the same run). */
  static final GatedPattern FIGURE =
      GatedPattern.compile(
          // ...but not a count of the customer's own questions ("2点について", "두 가지 문의").
          "[0-9]{1,12}+(?!点(?:について|に関して|の(?:ご質問|お問い合わせ))|件(?:について|のご質問)|つの(?:ご質問|点)"
              + "|\\s?가지\\s?(?:문의|질문)|\\s(?:questions|things you asked)"
              // ...nor the certainty of the speaker ("100% sure before answering").
              + "|%\\s?(?:sure|certain|confident))");

  /** Time frames (checked against the question like figures). */
  static final ByLanguage TIME =
      new ByLanguage(
          "내일|모레|글피|이번\\s?주|다음\\s?주|다음\\s?달|이번\\s?달|주말|[월화수목금토일]요일|초순|중순|하순"
              + "|월\\s?초|월\\s?말|이틀|사흘|일주일|당일|익일|하루\\s?이틀|한\\s?달|며칠"
              // Today as a deadline ("오늘 중으로 답변드릴게요"), not "오늘도 좋은 하루 보내세요".
              + "|오늘\\s?(?:중|안|내|까지|오후|저녁|밤)|금일|이따가",
          "\\b(?:today|tonight|tomorrow|next (?:week|month)|this (?:week|weekend|month)"
              + "|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|(?:a|one|two|three|four|five|few|couple"
              + " of) (?:business |working )?(?:days?|weeks?)|overnight|end of (?:the )?day|within the hour)\\b",
          "明日|明後日|来週|今週|今月|来月|週末|数日|翌日|当日|本日中|今日中",
          "明天|后天|下周|本周|下个月|周末|当天|次日|今天(?:之内|内|下午|晚上)");

  /** Other customers standing in for a fact. */
  static final ByLanguage OTHERS =
      new ByLanguage(
          "(?:다른|많은|대부분의?|기존|구매하신|사용하신|비슷한\\s?체형의|주변)\\s?(?:고객|분들|구매자|사용자|손님)"
              + "|후기|리뷰|평이\\s?많|만족하셨|선택하셨|쓰셨어요|하셨어요",
          "\\b(?:(?:other|most|many|our|several|lots of|some|previous) (?:customers|buyers|shoppers"
              + "|reviewers|users|people|owners)|reviews|reviewers|ratings|(?:customer|product|online|the) reviews?|customers (?:say|tell|love"
              + "|report|mention))\\b",
          "お客様の声|レビュー|口コミ|他のお客様|多くのお客様|購入者",
          "评价|好评|买家|顾客都|很多人|大家都");

  /** Reporting the result of a check nobody made ("확인해 보니", "We checked and…"). */
  static final ByLanguage CHECKED =
      new ByLanguage(
          // A result still to come ("확인 결과를 … 남겨 드릴 예정입니다") is a deferral, not a report.
          "확인(?:한|해\\s?본|된)?\\s?결과(?!를\\s?[가-힣\\s]{0,20}?(?:드릴|드리겠))|확인해\\s?보니|알아본\\s?결과|확인됐|확인되었",
          "(?<!as soon as |once |after |when |until )"
              + "\\b(?:we|i|they|our team)(?:'ve| have| has)? (?:already )?(?:checked|confirmed|verified)\\b"
              // Not "I can't confirm that right now": saying a check is still to come.
              + "|(?<!can't |cannot |can not |not |unable to )\\bconfirm(?:ed)? that\\b"
              + "|(?<!n't |not )\\bcan confirm\\b",
          "確認したところ|確認しました",
          "确认过|经确认|已确认");

  /**
   * A property stated inside a noun phrase: a subject and an adjective in attributive form ("보온 기능이
   * 뛰어난 텀블러"). Restating a question keeps the adjective in an embedded question ("사용이 가능한지"), which
   * ends in 지 and is not matched.
   */
  static final ByLanguage ATTRIBUTE =
      new ByLanguage(
          // Written without a leading look-behind: GatedPattern's first-char gate cannot see
          // one.
          "(?:이|가)\\s[가-힣]{0,6}(?:뛰어난|좋은|넉넉한|충분한|가능한|있는|없는|되는|편한|큰|작은|가벼운"
              + "|무거운|튼튼한|부드러운|따뜻한|시원한|강한|빠른|넓은|높은|낮은|긴|짧은|저렴한|안전한|순한|맞는|탁월한)"
              // ...unless it describes the customer's situation ("아이가 있는 집"), not the product.
              // ...or the customer's family or pet ("아토피가 있는 아기").
              + "(?=\\s)(?!\\s(?:집|가정|분|분들|경우|고객님|댁|때|아기|아이|아이들|자녀|반려견|반려묘|강아지|고양이|가족"
              + "|어르신|부모님|아가|우리\\s?아이))",
          // Product properties in English, Japanese, Chinese noun phrases ("this waterproof
          // jacket", "防水仕様の商品", "这款防水的包"); fine when the question names them.
          "\\b(?:waterproof|water-resistant|dishwasher[- ]safe|machine[- ]washable|oven[- ]safe"
              + "|microwave[- ]safe|lightweight|durable|sturdy|comfortable|compatible|rechargeable"
              + "|organic|authentic|genuine|premium|high-quality|best-?selling|top-rated|popular"
              + "|affordable|non-slip|leak-?proof|bpa-free|gluten-free|vegan|hypoallergenic"
              // A property by its form ("shatterproof", "lead-free", "oven-safe"), unless asked.
              + "|[a-z]{2,15}-?(?:proof|free|safe|resistant)"
              // ...and the readiness and certification forms, and "non-" ("induction-ready",
              // "non-toxic"): what an echo of the question must not add.
              + "|[a-z]{2,15}-(?:ready|compatible|friendly|approved|certified|grade)|non-[a-z]{2,15})\\b",
          "[一-龥ァ-ヶー]{1,8}(?:仕様|対応|素材|製)の(?!可否|要否|有無|件|ご質問|お問い合わせ|ご使用|可能性|[0-9]{1,2}点|両方|二点)",
          "(?:这款|这个|该款|该)[一-龥]{1,6}的(?!喜爱|关注|支持|问题|咨询|信任|认可|事宜|情况)");

  /** A property with an intensifier is asserted, whoever asked about it ("fully waterproof"). */
  static final ByLanguage INTENSIFIED =
      new ByLanguage(
          "(?:완전(?:히)?|100%|아주|매우|정말)\\s?(?:방수|안전|튼튼|편안|호환|정품)",
          "\\b(?:fully|completely|totally|perfectly|super|extremely|highly|very|100% ?)"
              + " ?(?:waterproof|water-resistant|dishwasher[- ]safe|machine[- ]washable|oven[- ]safe"
              + "|microwave[- ]safe|safe|durable|sturdy|comfortable|compatible|authentic|genuine"
              // ...and any property adjective by its form: "fully recyclable", "totally BPA-free".
              + "|[a-z-]{2,20}(?:proof|-safe|-free|resistant)|recyclable|washable|biodegradable|compostable|breathable"
              + "|adjustable|foldable|eco-friendly)\\b",
          "完全防水|100%安全",
          "完全防水|百分百|绝对安全");

  /**
   * Data no acknowledgement may ask for or mention: national ID numbers, passwords, card numbers
   * and their codes, one-time codes. Whoever needs them asks through a secure channel, never in a
   * public answer, so every act that names one holds ("주민등록번호 앞자리를 남겨 주시면 담당자가 확인해 드리겠습니다").
   */
  static final ByLanguage SENSITIVE =
      new ByLanguage(
          "주민\\s?(?:등록)?\\s?번호|비밀\\s?번호|카드\\s?번호|cvc|cvv|보안\\s?코드|인증\\s?번호|otp|계좌\\s?비번|비번"
              + "|여권\\s?번호|운전\\s?면허\\s?번호|외국인\\s?등록\\s?번호",
          "\\b(?:social security|ssn|passwords?|passcode|pin(?: code| number)?|card number|cvv|cvc|security code"
              + "|one-time (?:code|password)|otp|verification code|bank login|passport number)\\b",
          "暗証番号|パスワード|マイナンバー|カード番号|セキュリティコード|認証コード",
          "身份证号|身份证号码|密码|银行卡号|验证码|卡号|安全码");

  /** Steering the customer to another shop. */
  static final ByLanguage OTHER_SHOP =
      new ByLanguage(
          "(?:다른|타|근처|인근|주변)\\s?(?:쇼핑몰|매장|사이트|판매처|스토어|곳|마트|온라인몰)|대형\\s?마트|쿠팡|네이버"
              + "|11번가|지마켓|g마켓|옥션|위메프|티몬|공식\\s?홈페이지|최저가|브랜드\\s?몰|공식\\s?몰|공식\\s?스토어|직영\\s?몰",
          "\\b(?:amazon|ebay|walmart|costco|best buy|aliexpress|temu|etsy|elsewhere"
              + "|(?:at|from|or) target|(?:another|other|a different) (?:store|shop|seller|retailer|site"
              + "|website|stores|shops|sellers|retailers|sites))\\b",
          "他のお店|他店|アマゾン|楽天",
          "其他店|别家|淘宝|京东|拼多多");

  /** A recommendation or endorsement of the product. */
  static final ByLanguage RECOMMEND =
      new ByLanguage(
          "추천(?:드려요|드립니다|합니다|해요|드리는|해\\s?드려요|해\\s?드립니다)|권장(?:합니다|드려요|드립니다)"
              + "|좋은\\s?선택|안심하고|안심하셔도|걱정\\s?(?:마세요|없으세요|안\\s?하셔도)",
          "\\b(?:(?:i|we) (?:would |'d |highly |strongly |definitely |really )?recommend\\w{0,3}"
              + "|recommended for|highly recommend\\w{0,3}|great choice|perfect for|ideal for|good for|great for|(?:it|this|that|which) (?:really |also )?helps? with"
              + "|rest assured|no need to worry)\\b",
          "おすすめ|お勧め|ご安心",
          "推荐|放心");

  private ContentGuard() {}
}
