package com.storefront.qa.moderation.output;

import com.storefront.qa.moderation.text.GatedPattern;
import java.util.List;

/**
 * Rudeness that needs no swear word, in any act of a reply: rhetorical questions at the customer
 * ("못 보셨나요?", "Didn't you read…?"), "you would know if you read it" ("…하시면 아실 텐데요"), 반말
 * (plain-form) imperatives and endings, commands to go and look it up, and insults inside polite
 * frames ("문의 감사합니다, 진상 고객님", "Thanks for the silly question"). These are about the customer, not
 * the product, so the allow-list cannot see them: an act may be polite in form and rude in what it
 * calls the customer.
 */
final class Condescension {
  /**
   * One pattern per language, not one alternation: a gate on the union of first chars lets common
   * syllables and letters through, and then every branch is tried there.
   */
  private static final GatedPattern KO =
      GatedPattern.compile(
          String.join(
              "|",

              // "You would know if you had looked."
              "(?:보시면|읽어\\s?보시면|찾아\\s?보시면|확인하시면|확인해\\s?보시면|보셨으면|읽으시면)\\s?"
                  + "(?:다\\s?|바로\\s?|금방\\s?|쉽게\\s?)?(?:아실|알\\s?수\\s?있|나와)",
              "아실\\s?(?:텐데|거예요|겁니다)|(?:못|안)\\s?보셨(?:나요|어요|나\\s?봐요|군요|죠)",
              // "It would have been enough to look", "you bother to ask".
              // Any "you only had to …": "마이페이지에서 직접 하시면 되는 건데".
              "[가-힣]{0,6}(?:시면)\\s?(?:다\\s?|바로\\s?|그냥\\s?)?(?:되는|될)\\s?(?:걸|것을|건데|것인데|거였는데|거잖아요)"
                  + "|굳이\\s?(?:물어|문의|질문|여쭤|연락)",
              "(?:보셨|읽으셨|확인하셨|확인해\\s?보셨|읽어\\s?보셨)(?:나요|어요|죠)\\s?\\?",
              "(?:쓰여|적혀|나와|표시되어|안내되어)\\s?있(?:잖아요|는데요|지\\s?않나요|을\\s?텐데요)|잖아요|잖습니까",
              "(?:팔겠|하겠|그러겠|있겠|없겠|모르겠)어요\\s?\\?|그것도\\s?모르|당연한\\s?(?:걸|것을)|상식적으로",
              // "Why didn't you just …?": "전화하시지 그러셨어요?", "그렇게 급하시면".
              "[가-힣]{1,6}시지\\s?(?:그러셨|그러시|그랬|않으셨)|그렇게\\s?(?:급하시면|궁금하시면|필요하시면)",
              // Insults in a polite frame.
              // The customer's asking called tiresome: "피곤하게 물어보시는군요".
              "(?:피곤하게|귀찮게|까다롭게|유난스럽게|집요하게|별나게|예민하게)\\s?(?:물어|문의|질문|구시|하시|따지)",
              "별걸\\s?다|진상|성질\\s?(?:급|이\\s?급)|돈\\s?없으시면|안\\s?사셔도\\s?(?:됩니다|돼요)",
              "이미\\s?(?:여러\\s?번|몇\\s?번|다)\\s?(?:안내|말씀|설명)|다음부터는|몇\\s?번을\\s?말씀",
              // 반말 imperatives and endings ("기다려.", "물어봐", "알려줄게").
              // Followed by 주 it is the honorific auxiliary ("물어봐 주셨네요"), not 반말.
              "(?<![가-힣])(?:기다려|물어\\s?봐|확인해\\s?봐|알아서\\s?해|읽어\\s?봐|찾아\\s?봐|해\\s?봐|기다려\\s?봐)"
                  + "(?!\\s?주)(?=[\\s.!~,]|$)",
              // Jamo that sneer rather than laugh: tutting ("ㅉㅉ") and the flat stare ("ㅡㅡ").
              "ㅉ\\s?ㅉ|ㅡ\\s?ㅡ",
              "(?:할게|줄게|거야|알았어|했어|몰라|전달할게|알려줄게)(?=[\\s.!~,]|$)",
              // Sending the customer off to look it up.
              "(?:직접|먼저|알아서)\\s?(?:확인|찾아\\s?보|읽어\\s?보|알아보)(?:세요|십시오|하세요)",
              "(?:설명서|상세\\s?페이지|사이즈\\s?표|라벨|공지|이벤트\\s?페이지)(?:를|을|에서|를\\s?먼저)?\\s?(?:꼭\\s?)?"
                  + "(?:확인|참고|읽어\\s?보|보)(?:하세요|세요|하십시오)"));

  private static final GatedPattern EN =
      GatedPattern.compile(
          String.join(
              "|",
              // English.
              "(?<!will |'ll |to |team |we |can |staff |they )\\b(?:check|read|look at|see|review) (?:the|our|your) [a-z ]{0,25}?(?:yourself|before (?:you )?"
                  + "ask\\w{0,3}|next time|carefully)\\b",
              "\\b(?:look|check|read) (?:it )?(?:up )?yourself\\b|\\bbefore (?:you )?ask(?:ing)?\\b"
                  + "|\\bnext time\\b|\\bjust (?:follow|read|look at|check)\\b",
              "\\b(?:it'?s|this is) not (?:complicated|hard|difficult|rocket science)\\b",
              "\\b(?:didn'?t|did) you (?:even )?(?:see|read|check|look)\\b|\\bhave(?:n'?t)? you (?:even )?"
                  + "(?:looked|read|checked|seen)\\b|\\bisn'?t it (?:obvious|clear)\\b|\\bcan'?t you see\\b",
              "\\b(?:silly|stupid|dumb|ignorant|pointless|ridiculous) questions?\\b|\\bclueless\\b"
                  + "|\\bignorant\\b|\\bimpatient (?:customer|shopper|buyer)\\b|\\bcheapskate\\b",
              "\\bas (?:we|i) (?:already )?(?:said|mentioned|told you)\\b|\\bclearly (?:stated|says|written)\\b"));

  private static final GatedPattern JA =
      GatedPattern.compile(
          String.join(
              "|",
              // Japanese.
              "(?:細かい|面倒な|うるさい|しつこい|厄介な|困った)(?:お客様|お客さま|方|ご相談|ご質問|お問い合わせ)|(?:読め|見れ)ば(?:分|わ)かり|自分で(?:調べ|確認し)て|ご覧になれば(?:分|わ)か|お読みいただければ(?:分|わ)か"
                  + "|何度も申し上げ|常識的に"));

  private static final GatedPattern ZH =
      GatedPattern.compile(
          String.join(
              "|",
              // Chinese: go and look it up yourself, "it says so on the page", "don't you read?".
              "(?:自己|先)(?:去)?(?:看|查|找)(?:一下|一看)?(?:详情页|说明书|商品页|页面|介绍)",
              "(?:详情页|说明书|页面|介绍)(?:上|里)(?:都|已经)?(?:写着|写了|有写|写得很清楚)",
              "挑剔|事儿多|事多|(?:问题|问得)(?:真|太|好)多|难缠|麻烦的(?:客人|顾客|买家)|不会自己|难道(?:您)?(?:没|不)(?:看|注意)|早就说过|已经说过(?:很多|好几|无数)?(?:遍|次)|这都不知道"));

  private static final List<GatedPattern> ALL = List.of(KO, EN, JA, ZH);

  /** The patterns for a reply in {@code language}; all of them when it is unknown. */
  static List<GatedPattern> forLanguage(String language) {
    if (language == null) {
      return ALL;
    }
    return switch (language) {
      case "ko" -> List.of(KO);
      case "en" -> List.of(EN);
      case "ja" -> List.of(JA);
      case "zh" -> List.of(ZH);
      default -> ALL;
    };
  }

  private Condescension() {}
}
