package com.storefront.qa.moderation.acts;

/**
 * The shared vocabulary of the Korean acts: what a free word may be (and the endings or verbs that
 * make it a statement instead), and the helpers the act families build their patterns from.
 */
final class KoreanWords {
  /** Endings that turn a word into a statement; a free word must not end in one. */
  static final String PREDICATE_END =
      "(?<!(?<!전기|필|중|주|수|개)요)"
          + notAfter(
              "다|죠|며|면서|지만|는데|은데|인데|던데|건데|니까|므로|거든|라서|이라|아서|어서|여서|돼서|되서|워서"
                  + "|있고|없고|되고|않고|이고|좋고|쉽고|많고|크고|작고|하고|있으니|없으니|하니|되니|으니|잖아|거야|할게|줄게"
                  + "|라고|다고|이라고");

  /** Words that begin with a checking verb may end in any connective ("확인해서", "살펴보고"). */
  static final String CHECK_WORD =
      "(?:확인|검토|체크|점검|조사|살펴|알아|문의|전달|상의|협의|실측|측정|파악)[가-힣]{0,6}+"
          // A check the staff were asked for, quoted: "확인해 달라고", "검토해 주시라고" (the quote is its
          // own word, so it is let through here; it says nothing about the product).
          + "|달라고|주시라고|주십사";

  /**
   * A decimal figure's integer part and point may lead a word ("15.6인치"): a point there is no end.
   */
  static final String DECIMAL = "(?:[0-9]{1,4}+\\.(?=[0-9]))?";

  /** A word may carry the quotes around a product name ("'에어핏 프로' 관련해서"). */
  static final String WORD =
      "(?:"
          + CHECK_WORD
          + "|"
          + DECIMAL
          + "[가-힣A-Za-z0-9·()/%+\\-'‘’“”「」《》\"]{1,22}+"
          + PREDICATE_END
          + ")";

  /**
   * Empathy speaks of the customer's situation ("첫 돌 선물이라 신경 쓰이시죠", "알러지가 있어서 걱정되시겠어요"), so a
   * copula or causal connective is allowed there; its ending must still be an honorific about the
   * customer.
   */
  static final String LOOSE_WORD =
      "(?:"
          + CHECK_WORD
          + "|"
          + DECIMAL
          + "[가-힣A-Za-z0-9·()/%+\\-'‘’“”「」《》\"]{1,22}+"
          + PREDICATE_END.replace("|라서|이라", "").replace("|아서|어서|여서", "")
          + ")";

  /** Up to {@code n} free words, each followed by a space (a comma may close a word). */
  static String free(int n) {
    return "(?:" + WORD + ",?\\s{1,2}){0," + n + "}";
  }

  /**
   * The last word of a topic: any word ending in a topic marker ("여부는", "대해서는", "관련", "…지", "은/는").
   * Matched possessively with a look-behind, so a failed topic costs one pass per word.
   */
  static final String TOPIC_WORD =
      DECIMAL
          + "[가-힣A-Za-z0-9·()/%+\\-'‘’“”「」《》\"]{1,22}+"
          + after(
              "여부|여부는|여부를|여부도|여부와|대해|대해서|대해서는|대해서도|대한|관련"
                  + "|관련해서는|관련하여|관련해서|관련된|관해|관해서는|관하여|관한|지|지는|지를|지도|은|는|란")
          + "(?=[\\s,]|$)";

  static final int STRICT = 0;
  static final int LOOSE = 1;

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

  private KoreanWords() {}
}
