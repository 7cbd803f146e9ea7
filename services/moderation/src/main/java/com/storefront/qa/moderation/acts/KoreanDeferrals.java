package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.KoreanWords.STRICT;
import static com.storefront.qa.moderation.acts.KoreanWords.after;
import static com.storefront.qa.moderation.acts.KoreanWords.free;

/**
 * Korean deferrals: a future action of the staff (check, confirm, reply, contact), the reasons
 * staff must answer rather than the reply, receipt of the question, and referral to the shop's own
 * customer service.
 */
final class KoreanDeferrals {
  /** A deferral needs one of these stems somewhere in the sentence. */
  static final String[] ACTION_STEMS = {
    "확인", "검토", "체크", "점검", "조사", "살펴", "알아보", "알아봐", "여쭤", "문의", "전달", "파악", "실측", "재어", "측정",
    "답변", "안내", "연락", "회신", "알려", "말씀", "답", "공유", "도와", "전해", "남겨", "요청", "접수", "정리", "넘겨",
    "넘기", "올려", "올라", "비교", "여쭙", "살피", "챙겨", "재보", "업데이트"
  };

  static final String CHECK_OR_REPLY =
      "(?:확인|검토|체크|점검|조사|살펴|알아보|알아봐|여쭤|문의|전달|파악|실측|재어|측정"
          + "|답변|안내|연락|회신|알려|말씀|답|공유|도와|전해|남겨|요청|접수|정리|넘겨|넘기|올려|올라|비교|여쭙|살피|챙겨|재보"
          + "|업데이트)";

  /** A staff action's last words: a check or reply verb, at most two more words, a commitment. */
  static final String STAFF_ACTION =
      CHECK_OR_REPLY
          // Possessive: the commitment look-behind is checked at word ends only, not at every
          // split.
          + "[가-힣]{0,12}+(?:\\s{1,2}[가-힣]{1,12}+){0,2}"
          + after(
              "겠습니다|겠어요|게요|께요|예정입니다|예정이에요|중입니다|중이에요|드립니다|드려요|했습니다"
                  + "|했어요|드렸습니다|도록\\s?하겠습니다|주시거나|드리거나|드리며|드리고|겠으며|겠고|테니|중이니|예정이니"
                  + "|있으니|있으며|중이며|중이라|중이고|하겠으니|두었습니다|놓았습니다|되었습니다|됐습니다|해\\s?두었습니다"
                  + "|드릴\\s?거예요|주실\\s?거예요|갈\\s?거예요|드릴\\s?겁니다|주실\\s?겁니다|드릴\\s?거에요|주실\\s?거에요"
                  + "|두었어요|뒀어요|뒀습니다|놓았어요|놨어요|드렸어요|했고요|드렸고요|두었고요|드렸으니|드렸으며|두었으니"
                  + "|싶어요|싶습니다|싶어서|좋을\\s?것\\s?같아요|좋을\\s?것\\s?같습니다|드리겠으며|할게요|드릴께요"
                  + "|려고\\s?해요|려고\\s?합니다|고자\\s?합니다|고자\\s?해요|려고\\s?하고\\s?있어요|려고\\s?하고\\s?있습니다");

  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g.addFree(Act.DEFERRAL, 14, STRICT, STAFF_ACTION, ACTION_STEMS)
        .addFree(
            Act.DEFERRAL,
            12,
            STRICT,
            "(?:담당자(?:의|분의|님의)?\\s?)?(?:추가\\s?|정확한\\s?)?(?:확인|안내|검토|답변|확인\\s?절차)(?:이|가)\\s?(?:꼭\\s?|먼저\\s?)?필요"
                + "(?:합니다|해요|한\\s?(?:사항|부분|내용)이라|하여|해서|하므로|하니|하기\\s?때문에)",
            "필요")
        .addFree(Act.DEFERRAL, 10, STRICT, "시간이\\s?(?:조금\\s?|약간\\s?|좀\\s?)?필요(?:합니다|해요|하니)", "필요")
        .addFree(
            Act.DEFERRAL,
            8,
            STRICT,
            "(?:답변|안내|말씀)(?:을|를)?\\s?드리기\\s?(?:가\\s?)?어렵(?:습니다|네요|기\\s?때문에|지만)",
            "어렵")
        .addFree(
            Act.DEFERRAL,
            14,
            STRICT,
            "(?:확인|점검|검토)[가-힣]{0,8}(?:\\s[가-힣]{1,8}){0,3}?\\s?정확한\\s?(?:답변|안내|정보)"
                + "(?:을|를)?\\s?(?:드릴|안내해\\s?드릴)\\s?수\\s?있(?:습니다|어요|을\\s?것\\s?같습니다)",
            "정확한")
        .addFree(
            Act.REFERRAL,
            8,
            STRICT,
            "(?:고객\\s?센터|고객\\s?지원\\s?팀|상담\\s?센터|고객\\s?상담실|상담원|담당자|판매자|저희|매장)"
                + "(?:로|으로|에|에게|께|측에)?\\s{0,2}(?:직접\\s{0,2})?(?:문의|연락|전화\\s?문의|방문)[가-힣]{0,10}+\\s{0,2}"
                + free(10)
                + "(?:것\\s?같아요|것\\s?같습니다|좋습니다|됩니다|돼요|되고|되며|드립니다|있습니다|있어요|주세요"
                + "|바랍니다|좋아요)",
            "문의",
            "연락",
            "방문")
        .addFree(
            Act.DEFERRAL,
            8,
            STRICT,
            "(?:개인차가\\s?있을\\s?수\\s?있|[가-힣A-Za-z0-9]{0,10}(?:에\\s?따라|마다)\\s?(?:[가-힣]{1,6}\\s?)?(?:차이가\\s?있을\\s?수\\s?있"
                + "|다를\\s?수\\s?있|다르게\\s?느껴질\\s?수\\s?있|달라질\\s?수\\s?있))"
                + "(?:어요|습니다|어서|으니|기\\s?때문에|는데|지만|으므로)?",
            "수 있",
            "수있",
            "개인차")
        .addFree(
            Act.DEFERRAL,
            6,
            STRICT,
            "(?:것이\\s?|게\\s?)?중요(?:해요|합니다|하기\\s?때문에|하니까요|하니|하므로|하니까|해서|하죠|하지요)",
            "중요")
        // Not being able to answer yet is a deferral: "바로 확답을 드리기는 어려워서", "답을 드리지 못해".
        .addFree(
            Act.DEFERRAL,
            8,
            STRICT,
            "(?:확답|답변|답|안내|말씀|정보)(?:을|를|은|는)?\\s?(?:바로\\s?|지금\\s?|당장\\s?|섣불리\\s?)?"
                + "(?:드리기|알려\\s?드리기|말씀드리기|안내해\\s?드리기|안내드리기|답변드리기)(?:가|는|도)?\\s?(?:조금\\s?|좀\\s?)?"
                + "어려(?:워서|워요|우니|운데|습니다|워|울\\s?것\\s?같아요|울\\s?것\\s?같습니다|우므로)"
                + "|(?:확답|답변|답|안내)(?:을|를)?\\s?(?:바로\\s?|즉시\\s?|빨리\\s?)?드리지\\s?못(?:해|하여|해서|한\\s?점|하고)"
                + "|(?:말씀드리기|답변드리기|안내드리기)보다(?:는)?",
            "어려",
            "못",
            "보다")
        // Why staff must answer: a wrong answer must not be given ("정확하지 않은 정보를 드리면 안 되니까").
        .addFree(
            Act.DEFERRAL,
            6,
            STRICT,
            "(?:정확하지\\s?않은|잘못된|틀린|부정확한)\\s?(?:정보|답변|안내)(?:를|을)?\\s?(?:드리면|드릴\\s?수는?)\\s?"
                + "(?:안\\s?(?:되니까|되니|되므로|되기\\s?때문에|돼서|되어서)|없(?:어서|으니|으니까|기\\s?때문에))"
                + "|정확(?:한|하게)\\s?(?:정보|답변|안내|수치)(?:를|을|가|이)?\\s?(?:드려야|알려\\s?드려야|확인해야|중요한)"
                + "\\s?(?:하는\\s?)?(?:부분|내용|정보|사항)(?:이라서|이라|이어서|이기\\s?때문에|입니다|이에요)",
            "정확")
        // Receipt of the question: "문의 잘 받았습니다", "문의 내용이 접수되었습니다".
        .addFree(
            Act.DEFERRAL,
            10,
            STRICT,
            "(?:문의|질문|문의\\s?내용|내용|말씀)(?:을|를|은|는|이|가)?\\s?(?:잘\\s?)?(?:받았습니다|받았어요|전달받았습니다"
                + "|접수되었습니다|접수됐습니다|접수했습니다|접수되었어요|접수됐어요|접수\\s?완료되었습니다)",
            "받았",
            "접수");
  }

  private KoreanDeferrals() {}
}
