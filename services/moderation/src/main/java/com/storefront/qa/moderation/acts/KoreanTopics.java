package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.KoreanWords.LOOSE;
import static com.storefront.qa.moderation.acts.KoreanWords.STRICT;
import static com.storefront.qa.moderation.acts.KoreanWords.TOPIC_WORD;
import static com.storefront.qa.moderation.acts.KoreanWords.WORD;
import static com.storefront.qa.moderation.acts.KoreanWords.after;

/**
 * Korean topic and empathy acts: naming the subject of the question as a noun phrase, and restating
 * or acknowledging the customer's situation. Both may name things but carry no predicate about the
 * product.
 */
final class KoreanTopics {
  static final String EMPATHY_VERB =
      "(?:궁금|고민|걱정|급하|신경|염려|불안|답답|문의|질문|물어|알아보|찾|준비|선물|고르|계획|처음|기다리|고생|원하|관심|계시|말씀"
          + "|설레|기대|바쁘|추위|더위|가시|챙기|꼼꼼|좋아하|필요하|헷갈|불편|번거|여행|캠핑|이사|생일|입학|출산|여쭤"
          // The customer's doing, in honorific progressive or intent forms ("대비 중이시군요").
          + "|중이시|하시는|하시려|하시나|하셨|그러|그렇"
          // Feelings of the customer's own ("속상하셨겠어요", "조심스러우시죠", "받아보고 싶으시죠"); not
          // "아쉬", which follows a stock fact ("품절이라 아쉬우시죠").
          + "|속상|조심|싶으|서운|당황|놀라|실망|불쾌|억울|난감|기쁘|뿌듯|행복|즐거|심란"
          // Care and understanding of the customer's choice ("신중하실", "신경 쓰이실", "이해").
          + "|신중|따지|따져|쓰이|이해|(?:으신|하신|신)\\s?편이시"
          // How much it matters to the customer, always with the honorific -시- ("중요하시겠어요").
          + "|중요하시|소중하시)";

  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g
        // An exclamation on its own ("선물하시려는군요, 멋져요!"): never after a word, where it would
        // describe that word ("디자인이 멋져요").
        .add(
            Act.EMPATHY,
            "(?<![가-힣A-Za-z0-9]\\s?)(?:멋져요|멋지네요|멋지세요|좋네요|반가워요|기대되네요|설레네요|훌륭하세요)",
            "멋지",
            "멋져",
            "좋네요",
            "반가",
            "기대",
            "설레",
            "훌륭")
        .addFree(Act.TOPIC, 12, STRICT, TOPIC_WORD)
        // A list item that is only a noun phrase ("- 색상 종류"): its last word must end its line.
        .add(
            Act.TOPIC,
            "(?<=(?:^|\\n)[ \\t]{0,3}(?:[-*•·]|[0-9]{1,2}[.)])[ \\t]{1,3})(?:"
                + WORD
                + "[ \\t]{1,2}){0,5}"
                + WORD
                + "(?=[ \\t]*(?:\\n|$))")
        .addFree(
            Act.EMPATHY,
            10,
            LOOSE,
            "[가-힣A-Za-z0-9]{0,12}?"
                + EMPATHY_VERB
                // Up to eight syllables of ending: "조심스러우시겠어요" is seven.
                + "[가-힣]{0,8}+(?:\\s{1,2}[가-힣]{1,6}+){0,2}"
                + after(
                    "시군요|셨군요|시는군요|시네요|셨네요|셨죠|시죠|시지요|셨지요|있어요|있죠|같아요|시겠어요|시겠죠|시라"
                        + "|려는군요|으셨군요|이시군요|이시죠|부분이에요|부분이죠|부분입니다|셨는데요|시는데요|많으십니다"
                        + "|많으셨죠|많으셨습니다|셨어요|시나\\s?봐요|셨나\\s?봐요|시는\\s?거군요|시겠네요|셨겠어요|셨겠네요"),
            "군요",
            "네요",
            "죠",
            "지요",
            "있어요",
            "같아요",
            "시겠",
            "셨겠",
            "시라",
            "부분",
            "는데요",
            "많으",
            "셨어요",
            "봐요",
            "거군요")
        // Conjecture and understanding about the customer, which may take more words ("더 꼼꼼히 따져
        // 보실 수밖에 없으실 것 같아요", "걱정되시는 마음 충분히 이해합니다"). The ending must carry the
        // honorific -시- or be an act of understanding: a plain "있어요" after five free words would
        // let
        // "구매하시는 게 더 빠를 수 있어요" through.
        .addFree(
            Act.EMPATHY,
            10,
            LOOSE,
            "[가-힣A-Za-z0-9]{0,12}?"
                + EMPATHY_VERB
                // The words after the verb may not state what the product can do or is.
                + "(?![^.!?\\n]{0,60}?(?:가능|안전하|괜찮|문제\\s?없|효과|추천|됩니다|있습니다|빠를|저렴))"
                + "[가-힣]{0,6}+(?:\\s{1,2}[가-힣]{1,6}+){0,5}"
                + after(
                    "실\\s?것\\s?같아요|실\\s?것\\s?같습니다|실\\s?텐데요|실\\s?텐데|실\\s?수\\s?있죠|실\\s?수\\s?있어요"
                        + "|실\\s?거군요|당연하죠|당연합니다|당연해요|이해합니다|이해해요|이해가\\s?됩니다"
                        + "|이해가\\s?돼요|공감합니다|알겠습니다|알겠어요"),
            "같아요",
            "같습니다",
            "텐데",
            "수 있",
            "거군요",
            "당연",
            "이해",
            "공감",
            "알겠")
        // Whatever the customer is doing, in honorific progressive ("몬스테라 키우시는군요", "찾으시는
        // 거군요"): products do not take -시는. Never a possibility or a state of the product.
        .addFree(
            Act.EMPATHY,
            8,
            LOOSE,
            "(?!가능|괜찮|안전|문제|되시|있으시|없으시|품절)[가-힣]{1,8}?(?:시는|시려는|셨던)\\s?(?:군요|구나|거군요|거였군요)",
            "군요",
            "구나")
        // The customer's noun echoed with a polite particle: "15인치 노트북이요!". Only after a
        // consonant-final noun (이요), so a verb ending in 요 is never an echo.
        .addFree(Act.EMPATHY, 4, STRICT, "[가-힣A-Za-z0-9]{1,12}이요(?=[\\s!?.~]|$)", "이요")
        // The customer's own figures, with the honorific copula: "키 158cm에 48kg이시군요". The word
        // must hold a figure (checked against the question): any noun here could be an insult
        // ("까다로운 고객님이시군요").
        .addFree(
            Act.EMPATHY,
            4,
            STRICT,
            "[0-9][0-9.]{0,6}[A-Za-z가-힣]{0,4}(?:이|)시(?:군요|네요|죠|지요)(?=[\\s!?.~]|$)",
            "시군요",
            "시네요",
            "시죠",
            "시지요")
        // A wish for the customer or the recipient: "받으시는 분이 기뻐하시면 좋겠네요".
        .addFree(Act.CLOSING, 6, LOOSE, "[가-힣]{1,8}(?:하시면|으시면|시면)\\s?좋겠(?:네요|어요|습니다)", "좋겠");
  }

  private KoreanTopics() {}
}
