package com.storefront.qa.moderation.acts;

/**
 * The acts of a Korean acknowledgement. Free noun phrases (a topic, an object of "확인") are runs of
 * words none of which ends in a predicate: a final ending (다, 요, 죠) or a connective that carries a
 * statement (며, 지만, 는데, 라서, 있고, 이라). That is what keeps "식기세척기 사용 가능 여부는 담당자가 확인 후" a topic and
 * "식기세척기 사용이 가능하며 담당자가" not.
 */
final class KoreanActs {
  /** Endings that turn a word into a statement; a free word must not end in one. */
  private static final String PREDICATE_END =
      "(?<!(?<!전기|필|중|주|수|개)요)"
          + notAfter(
              "다|죠|며|면서|지만|는데|은데|인데|던데|니까|므로|거든|라서|이라|아서|어서|여서|돼서|되서|워서"
                  + "|있고|없고|되고|않고|이고|좋고|쉽고|많고|크고|작고|하고|있으니|없으니|하니|되니|으니|잖아|거야|할게|줄게"
                  + "|라고|다고|이라고");

  /** Words that begin with a checking verb may end in any connective ("확인해서", "살펴보고"). */
  private static final String CHECK_WORD =
      "(?:확인|검토|체크|점검|조사|살펴|알아|문의|전달|상의|협의|실측|측정|파악)[가-힣]{0,6}+";

  private static final String WORD =
      "(?:" + CHECK_WORD + "|[가-힣A-Za-z0-9·()/%+\\-]{1,20}+" + PREDICATE_END + ")";

  /**
   * Empathy speaks of the customer's situation ("첫 돌 선물이라 신경 쓰이시죠"), so a copula connective is
   * allowed there; its ending must still be an honorific about the customer.
   */
  private static final String LOOSE_WORD =
      "(?:"
          + CHECK_WORD
          + "|[가-힣A-Za-z0-9·()/%+\\-]{1,20}+"
          + PREDICATE_END.replace("|라서|이라", "")
          + ")";

  /** Up to {@code n} free words, each followed by a space (a comma may close a word). */
  private static String free(int n) {
    return "(?:" + WORD + ",?\\s{1,2}){0," + n + "}";
  }

  /**
   * The last word of a topic: any word ending in a topic marker ("여부는", "대해서는", "관련", "…지", "은/는").
   * Matched possessively with a look-behind, so a failed topic costs one pass per word.
   */
  private static final String TOPIC_WORD =
      "[가-힣A-Za-z0-9·()/%+\\-]{1,20}+"
          + after(
              "여부|여부는|여부를|여부도|여부와|대해|대해서|대해서는|대해서도|대한|관련"
                  + "|관련해서는|관련하여|관련해서|관련된|관해|관해서는|관하여|관한|지|지는|지를|지도|은|는|란")
          + "(?=[\\s,]|$)";

  /** A deferral needs one of these stems somewhere in the sentence. */
  private static final String[] ACTION_STEMS = {
    "확인", "검토", "체크", "점검", "조사", "살펴", "알아보", "알아봐", "여쭤", "문의", "전달", "파악", "실측", "재어", "측정",
    "답변", "안내", "연락", "회신", "알려", "말씀", "답", "공유", "도와", "전해", "남겨", "요청", "접수", "정리", "넘겨",
    "넘기", "올려", "올라", "비교", "여쭙", "살피", "챙겨", "재보", "업데이트"
  };

  private static final String CHECK_OR_REPLY =
      "(?:확인|검토|체크|점검|조사|살펴|알아보|알아봐|여쭤|문의|전달|파악|실측|재어|측정"
          + "|답변|안내|연락|회신|알려|말씀|답|공유|도와|전해|남겨|요청|접수|정리|넘겨|넘기|올려|올라|비교|여쭙|살피|챙겨|재보"
          + "|업데이트)";

  /** A staff action's last words: a check or reply verb, at most two more words, a commitment. */
  private static final String STAFF_ACTION =
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
                  + "|싶어요|싶습니다|싶어서|좋을\\s?것\\s?같아요|좋을\\s?것\\s?같습니다|드리겠으며|할게요|드릴께요");

  private static final String THANKS_END =
      "(?:감사합니다|감사드립니다|감사드려요|감사해요|고맙습니다|고마워요|감사하며|감사드리며|감사하겠습니다|감사드리겠습니다"
          + "|감사하고|감사드릴게요|감사할\\s?따름입니다)";

  private static final String EMPATHY_VERB =
      "(?:궁금|고민|걱정|급하|신경|염려|불안|답답|문의|질문|물어|알아보|찾|준비|선물|고르|계획|처음|기다리|고생|원하|관심|계시|말씀"
          + "|설레|기대|바쁘|추위|더위|가시|챙기|꼼꼼|좋아하|필요하|헷갈|불편|번거|여행|캠핑|이사|생일|입학|출산|여쭤"
          // The customer's doing, in honorific progressive or intent forms ("대비 중이시군요").
          + "|중이시|하시는|하시려|하시나|하셨|그러|그렇)";

  private static final int STRICT = 0;
  private static final int LOOSE = 1;

  static final Grammar GRAMMAR =
      new Grammar(WORD, LOOSE_WORD)
          .add(Act.GREETING, "안녕하세요|안녕하십니까|반갑습니다|(?:소중한\\s?|사랑하는\\s?)?고객님(?:들)?")
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
          .add(
              Act.GREETING,
              "(?:와|오|우와|앗|어머|어머나|아|넵|네|예|헉|아하|아이고|오호|와우|우왓|야호)(?:아|오)*+(?=[\\s,!~.]|$)")
          .addFree(Act.THANKS, 6, STRICT, "[가-힣]{1,14}+" + after(THANKS_END), "감사", "고맙")
          .add(
              Act.THANKS,
              "(?:정말\\s?|아주\\s?|너무\\s?|참\\s?)?(?:좋은|훌륭한|꼭\\s?필요한|중요한|날카로운|세심한|멋진|꼼꼼한)\\s?(?:질문|문의)"
                  + "(?:이에요|입니다|이네요|이시네요|이군요|예요|네요)?(?:\\s?(?:을|를)?\\s?(?:해\\s?)?(?:주셨|하셨)"
                  + "(?:네요|어요|군요|습니다))?",
              "질문",
              "문의")
          .addFree(Act.TOPIC, 12, STRICT, TOPIC_WORD)
          // A list item that is only a noun phrase ("- 색상 종류"): its last word must end its line.
          .add(
              Act.TOPIC,
              "(?<=(?:^|\\n)[ \\t]{0,3}(?:[-*•·]|[0-9]{1,2}[.)])[ \\t]{1,3})(?:"
                  + WORD
                  + "[ \\t]{1,2}){0,5}"
                  + WORD
                  + "(?=[ \\t]*(?:\\n|$))")
          .addFree(Act.DEFERRAL, 14, STRICT, STAFF_ACTION, ACTION_STEMS)
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
              Act.EMPATHY,
              10,
              LOOSE,
              "[가-힣A-Za-z0-9]{0,12}?"
                  + EMPATHY_VERB
                  + "[가-힣]{0,6}+(?:\\s{1,2}[가-힣]{1,6}+){0,2}"
                  + after(
                      "시군요|셨군요|시는군요|시네요|셨네요|셨죠|시죠|있어요|있죠|같아요|시겠어요|시겠죠|시라"
                          + "|려는군요|으셨군요|이시군요|이시죠|부분이에요|부분이죠|부분입니다|셨는데요|시는데요|많으십니다"
                          + "|많으셨죠|많으셨습니다|셨어요|시나\\s?봐요|셨나\\s?봐요|시는\\s?거군요|시겠네요|셨겠어요|셨겠네요"),
              "군요",
              "네요",
              "죠",
              "있어요",
              "같아요",
              "시겠",
              "시라",
              "부분",
              "는데요",
              "많으",
              "셨어요",
              "봐요",
              "거군요")
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
              "(?:것이\\s?|게\\s?)?중요(?:해요|합니다|하기\\s?때문에|하니까요|하니|하므로|하니까|해서)",
              "중요")
          .add(
              Act.THANKS,
              "(?:정말\\s?|아주\\s?|꼭\\s?)?(?:중요한|좋은|궁금한|많이\\s?물어보시는|많이들\\s?궁금해하시는|꼭\\s?필요한)"
                  + "\\s?(?:부분|내용|포인트)(?:이죠|이에요|이네요|입니다)",
              "부분",
              "내용",
              "포인트")
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
              "접수")
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
          .add(Act.LINK, "(?:하지만|다만|그리고|또한|그래서|따라서|그럼|혹시)(?=[\\s,]|$)");

  /**
   * A look-behind for any of {@code alternatives} (literals, "a|b|c", optionally in "(?:…)"), led
   * by a one-char look-behind on their last chars. Java tries a look-behind alternation at every
   * length between its shortest and longest branch; the one-char test rules most positions out
   * first.
   */
  static String after(String alternatives) {
    return "(?<=[" + lastChars(alternatives) + "])(?<=" + alternatives + ")";
  }

  /** The negative of {@link #after}: not preceded by any of {@code alternatives}. */
  static String notAfter(String alternatives) {
    return "(?:(?<![" + lastChars(alternatives) + "])|(?<!" + alternatives + "))";
  }

  private static String lastChars(String alternatives) {
    String alts = alternatives;
    if (alts.startsWith("(?:") && alts.endsWith(")")) {
      alts = alts.substring(3, alts.length() - 1);
    }
    StringBuilder chars = new StringBuilder();
    for (String a : alts.split("\\|")) {
      char c = a.charAt(a.length() - 1);
      if (!Character.isLetter(c)) {
        throw new IllegalStateException("an ending must end in a letter: " + a);
      }
      if (chars.indexOf(String.valueOf(c)) < 0) {
        chars.append(c);
      }
    }
    return chars.toString();
  }

  private KoreanActs() {}
}
