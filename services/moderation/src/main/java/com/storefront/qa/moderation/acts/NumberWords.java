package com.storefront.qa.moderation.acts;

import java.util.regex.Pattern;

/**
 * Small numbers the customer wrote as words: "충전 한 번에" restated as "1회 충전", "two pairs" as "2
 * pairs", "两个" as "2个". A reply's figure that the question names this way is the question restated,
 * like a figure it wrote in digits. Only 1 to 10, and Korean native numerals only before a counter:
 * "한" alone is in too many words (한국, 대한).
 */
final class NumberWords {
  private static final String KO_COUNTER =
      "\\s?(?:번|개|명|시간|장|벌|켤레|잔|알|포|봉|달|병|살|마리|통|권|대|쌍|주|세트|박스|회)";

  private static final Pattern[] WORDS = {
    null,
    words("한" + KO_COUNTER + "|하루|하나|\\bone\\b|\\ba single\\b|\\bonce\\b|一"),
    words("두" + KO_COUNTER + "|이틀|둘|\\btwo\\b|\\btwice\\b|\\ba pair\\b|二|两"),
    words("세" + KO_COUNTER + "|사흘|셋|\\bthree\\b|三"),
    words("네" + KO_COUNTER + "|나흘|넷|\\bfour\\b|四"),
    words("다섯|\\bfive\\b|五"),
    words("여섯|\\bsix\\b|六"),
    words("일곱|\\bseven\\b|七"),
    words("여덟|\\beight\\b|八"),
    words("아홉|\\bnine\\b|九"),
    words("열" + KO_COUNTER + "|\\bten\\b|十")
  };

  private static Pattern words(String regex) {
    return Pattern.compile(regex);
  }

  /** Whether {@code digits} is 1..10 and {@code question} (ASCII-folded) names it as a word. */
  static boolean named(String question, String digits) {
    if (digits.length() > 2 || question.isEmpty()) {
      return false;
    }
    int n = Integer.parseInt(digits);
    return n >= 1 && n < WORDS.length && WORDS[n].matcher(question).find();
  }

  private NumberWords() {}
}
