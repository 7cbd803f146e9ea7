package com.storefront.qa.moderation.acts;

import static com.storefront.qa.moderation.acts.KoreanWords.STRICT;
import static com.storefront.qa.moderation.acts.KoreanWords.after;

/**
 * Korean courtesy acts: greeting, thanks (and compliments on the question), patience, apology,
 * closing and the linking words between acts. None of them may say anything about the product.
 */
final class KoreanCourtesy {
  static final String THANKS_END =
      "(?:감사합니다|감사드립니다|감사드려요|감사해요|고맙습니다|고마워요|감사하며|감사드리며|감사하겠습니다|감사드리겠습니다"
          + "|감사하고|감사드릴게요|감사할\\s?따름입니다)";

  /** Adds this family's acts to {@code g}. */
  static Grammar addTo(Grammar g) {
    return g.add(
            Act.GREETING,
            "안녕하세요|안녕하십니까|반갑습니다|(?:소중한\\s?|사랑하는\\s?)?"
                // How the customer is addressed: 고객님, 보호자님 (a pet's owner), 회원님, 어머님...
                + "(?:고객|보호자|회원|손님|구매자|주문자|집사|어머|아버|부모|선생|학부모)님(?:들)?")
        .add(
            Act.GREETING,
            "(?:(?:와|오|우와|앗|어머|어머나|아|넵|네|예|헉|아하|아이고|오호|와우|우왓|야호)(?:아|오)*+){1,3}(?=[\\s,!~.]|$)")
        .addFree(Act.THANKS, 6, STRICT, "[가-힣]{1,14}+" + after(THANKS_END), "감사", "고맙")
        // Thanks for the question after a longer topic: "6인용 원목 식탁 상판 두께 문의 주셔서 감사합니다". The
        // free words are the topic (no predicate); the tail names the question itself.
        .addFree(
            Act.THANKS,
            10,
            STRICT,
            "(?:문의|질문|문의\\s?사항)(?:를|을)?\\s?(?:남겨\\s?|해\\s?|보내\\s?)?(?:주셔서|주시어)\\s?" + THANKS_END,
            "감사",
            "고맙")
        .add(
            Act.THANKS,
            "(?:정말\\s?|아주\\s?|너무\\s?|참\\s?)?(?:좋은|훌륭한|꼭\\s?필요한|중요한|날카로운|세심한|멋진|꼼꼼한)\\s?(?:질문|문의)"
                + "(?:이에요|입니다|이네요|이시네요|이군요|예요|네요)?(?:\\s?(?:을|를)?\\s?(?:해\\s?)?(?:주셨|하셨)"
                + "(?:네요|어요|군요|습니다))?",
            "질문",
            "문의")
        .addFree(
            Act.PATIENCE,
            4,
            STRICT,
            "(?:(?:조금만|잠시만|잠깐만|조금|잠시|잠깐|좀)\\s{0,2})?(?:더\\s{0,2})?(?:너그러이\\s?)?기다려\\s?(?:주|줘)"
                + "(?:세요|시면|십시오|시겠어요|셔서|시길\\s?바랍니다|시기\\s?바랍니다|요)|잠시만요|잠깐만요",
            "기다려",
            "잠시만",
            "잠깐만")
        .addFree(
            Act.PATIENCE,
            8,
            STRICT,
            "(?:너그러이\\s?|넓은\\s?마음으로\\s?)?양해(?:를)?\\s?(?:부탁드립니다|부탁드려요|부탁드리며"
                + "|부탁드리겠습니다|부탁드릴게요|바랍니다|해\\s?주시면\\s?감사하겠습니다|해\\s?주세요|해\\s?주셔서)|번거로우시겠지만",
            "양해",
            "번거")
        .addFree(
            Act.APOLOGY,
            6,
            STRICT,
            "(?:정말\\s?|대단히\\s?|진심으로\\s?|너무\\s?)?(?:죄송합니다|죄송해요|죄송하며|죄송하고"
                + "|죄송하지만|미안합니다|미안해요|송구합니다|죄송스럽습니다|죄송스러워요|죄송할\\s?따름입니다)",
            "죄송",
            "미안",
            "송구")
        .add(
            Act.CLOSING,
            "(?:오늘도\\s?|남은\\s?하루도\\s?)?(?:좋은|행복한|즐거운|따뜻한|편안한|멋진)\\s?(?:하루|시간|주말|쇼핑)"
                + "\\s?(?:보내세요|되세요|보내시길\\s?바랍니다|되시길\\s?바랍니다)",
            "보내",
            "되세요",
            "되시길")
        .add(
            Act.CLOSING,
            "(?:추가로\\s?|더\\s?|다른\\s?)?궁금하신\\s?(?:점|사항|부분)(?:이|은)?\\s?(?:있으시면|있으면)\\s?"
                + "(?:언제든지?\\s?|언제든\\s?)?(?:편하게\\s?)?(?:문의|연락|말씀)(?:해\\s?주세요|주세요|해주세요|하세요"
                + "|주시기\\s?바랍니다)",
            "궁금하신")
        .addFree(
            Act.CLOSING,
            4,
            STRICT,
            "(?:답변|안내|연락)(?:을|를)?\\s?(?:드릴\\s?수\\s?있도록|드리도록|드리기\\s?위해)\\s?"
                + "(?:최선을\\s?다하겠습니다|노력하겠습니다|하겠습니다)|앞으로도\\s?많은\\s?(?:관심|사랑|이용)\\s?부탁드립니다",
            "최선",
            "노력",
            "하겠습니다",
            "부탁드립니다")
        .add(
            Act.THANKS,
            "(?:정말\\s?|아주\\s?|꼭\\s?)?(?:중요한|좋은|궁금한|많이\\s?물어보시는|많이들\\s?궁금해하시는|꼭\\s?필요한)"
                + "\\s?(?:부분|내용|포인트)(?:이죠|이에요|이네요|입니다)",
            "부분",
            "내용",
            "포인트")
        // Wishes: an adjective, one or two nouns, a wish ending ("즐거운 캠핑 준비 되세요").
        .add(
            Act.CLOSING,
            "(?:오늘도\\s?|남은\\s?하루도\\s?|이번\\s?주도\\s?)?(?:좋은|행복한|즐거운|따뜻한|편안한|멋진|건강한|기분\\s?좋은)"
                + "\\s?(?:[가-힣]{1,6}\\s?){1,2}(?:보내세요|되세요|하세요|보내시길\\s?바랍니다|되시길\\s?바랍니다"
                + "|보내시기\\s?바랍니다)",
            "보내",
            "되세요",
            "하세요",
            "되시길")
        // An invitation to ask more: "더 궁금한 점 있으시면 언제든 편하게 남겨 주세요".
        .add(
            Act.CLOSING,
            "(?:추가로\\s?|더\\s?|다른\\s?|또\\s?)?궁금(?:하신|한)\\s?(?:점|사항|부분|것)(?:이|은)?\\s?(?:있으시면|있으면|생기시면"
                + "|생기면)\\s?(?:언제든지?\\s?)?(?:편하게\\s?|부담\\s?없이\\s?)?(?:문의|연락|말씀|남겨|질문|댓글)"
                + "[가-힣]{0,4}\\s?(?:주세요|주시기\\s?바랍니다|하세요|주십시오)",
            "궁금")
        // A compliment on the customer's thought: "정말 따뜻한 마음이세요".
        .add(
            Act.THANKS,
            "(?:(?:정말|참|너무)\\s?)?(?:따뜻한|다정한|세심한|멋진|예쁜|고운|깊은)\\s?마음(?:이세요|이시네요|씨세요|씨네요|이에요|이네요)",
            "마음")
        .add(Act.LINK, "(?:하지만|다만|그리고|또한|그래서|따라서|그럼|혹시)(?=[\\s,]|$)")
        // A sign-off on its own line: "- 하나몰 고객센터 드림".
        .add(Act.CLOSING, "[가-힣A-Za-z0-9 ]{1,20}(?:드림|올림)(?=\\s*(?:\\n|$))", "드림", "올림");
  }

  private KoreanCourtesy() {}
}
