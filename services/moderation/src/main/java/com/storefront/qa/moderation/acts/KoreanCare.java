package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.KoreanWords.STRICT;

/**
 * Why the staff take care, and what the reply asks of the customer while they do: "안전과 관련된 부분이라",
 * "드시는 제품이라", "정확한 정보를 드리기 위해", "조금만 시간을 주시면 감사하겠습니다", and wishes for the customer's health. A
 * reason names the subject as something that needs care; it may not describe the product ("사용 가능한
 * 부분이라", "방수가 되는 제품이라" are not reasons), so the modifiers are a closed class: importance, care, a
 * link to safety or health, or the customer's own use.
 */
final class KoreanCare {
  /** What makes the subject need care; never a property of the product. */
  private static final String CARE =
      "(?:(?:정말|무엇보다|특히|꼭|더욱|아주|매우|그만큼)\\s?)?(?:중요한|민감한|예민한"
          // Any careful manner before any check that must be done: "신중하게 확인해야 하는".
          + "|신중해야\\s?하는|(?:신중|꼼꼼|세심|주의\\s?깊|면밀|정확)(?:히|하게|게)\\s?(?:확인|검토|살펴|봐|따져|점검|체크)"
          + "[가-힣]{0,2}야\\s?(?:하는|할)"
          + "|(?:신중한|꼼꼼한|세심한|정확한|면밀한|추가)\\s?(?:확인|검토|점검)이\\s?(?:꼭\\s?)?필요한"
          + "|정확(?:히|하게)\\s?(?:확인해\\s?드려야|알려\\s?드려야|알려드려야|안내해\\s?드려야|안내드려야|확인해야|답변드려야)"
          + "\\s?(?:하는|할)"
          + "|[가-힣]{1,6}(?:과|와)\\s?(?:관련된|직결된|연결된|관련이\\s?있는)"
          + "|(?:궁금하실|걱정되실|헷갈리실|고민되실)\\s?수\\s?있는"
          // The customer's (or their family's) own use: "드시는", "아기가 쓰는", "반려견에게 주실".
          + "|드시는|쓰시는|사용하시는|입으시는|바르시는|주실|주시는|드실|쓰실|사용하실"
          + "|(?:아기|아이|아이들|유아|반려견|강아지|고양이|어르신|부모님)(?:가|이|에게)\\s?(?:쓰는|먹는|사용하는|입는|줄|주실)"
          + "|(?:입에|피부에|몸에)\\s?(?:닿는|들어가는))";

  private static final String NOUN = "(?:부분|사항|문제|내용|제품|물건|상품|간식|용품|정보|질문)";

  private static final String COPULA = "(?:이라서|이라|이니까|이니|이기\\s?때문에|이므로|이네요|이에요|입니다|이죠|이라\\s?더)";

  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g.addFree(
            Act.DEFERRAL,
            6,
            STRICT,
            CARE + "\\s?" + NOUN + COPULA,
            "부분",
            "사항",
            "문제",
            "내용",
            "제품",
            "물건",
            "상품",
            "간식",
            "용품",
            "정보",
            "질문")
        // The purpose of the wait: "정확한 정보를 드리기 위해".
        .add(
            Act.DEFERRAL,
            "(?:(?:정확한|자세한|올바른)\\s?)?(?:정보|답변|안내|확인)(?:를|을)?\\s?(?:드리기|안내해\\s?드리기|드리고자|해\\s?드리기)"
                + "\\s?위해(?:서)?",
            "위해")
        .add(
            Act.PATIENCE,
            "(?:(?:조금만|잠시만|약간의|조금의)\\s?)?(?:시간을|여유를)\\s?(?:주시면|내어\\s?주시면|주신다면)\\s?"
                + "(?:감사하겠습니다|감사드리겠습니다|감사하겠어요)",
            "시간",
            "여유")
        .add(
            Act.CLOSING,
            "(?:(?:빠른|얼른)\\s?)?(?:쾌유|회복|쾌차|완쾌)(?:를|을|하시길|하시기를|하시기)?\\s?(?:바랍니다|빕니다|기원합니다|바랄게요"
                + "|기원할게요|바라요)"
                + "|(?:얼른|빨리)\\s?나으시길\\s?바랍니다|건강\\s?(?:잘\\s?)?(?:챙기세요|유의하세요)",
            "쾌유",
            "회복",
            "쾌차",
            "완쾌",
            "나으시",
            "건강");
  }

  private KoreanCare() {}
}
