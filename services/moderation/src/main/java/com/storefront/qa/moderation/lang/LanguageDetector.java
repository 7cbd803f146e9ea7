package com.storefront.qa.moderation.lang;

import java.util.Locale;

/**
 * Script-based language guess for short storefront texts. A statistical model is overkill here: the
 * four languages the product serves are told apart by their scripts, and a question is short.
 *
 * <p>Rules: Hangul means Korean; any kana means Japanese (Japanese text is mostly Han, but kana is
 * what only Japanese has); Han without kana means Chinese; Latin letters mean English. CJK
 * characters weigh three Latin letters each, so a Korean question naming an English product ("이
 * Galaxy 케이스 맞나요?") stays Korean. Anything else, or nothing, is {@code "en"}.
 */
public final class LanguageDetector {
  /** How much one CJK character counts against one Latin letter. */
  private static final int CJK_WEIGHT = 3;

  /** Only the head of a text is looked at: the language of a 1 MB paste is clear early. */
  private static final int SCAN_LIMIT = 4_096;

  private LanguageDetector() {}

  /**
   * The ISO 639-1 code of the text's dominant script: "ko", "ja", "zh" or "en" (the default, also
   * for null, empty or script-less text).
   */
  public static String detect(String text) {
    if (text == null || text.isEmpty()) {
      return "en";
    }
    ScriptCounts counts = ScriptCounts.of(text, SCAN_LIMIT);
    int ko = counts.hangul() * CJK_WEIGHT;
    int ja = counts.kana() > 0 ? (counts.kana() + counts.han()) * CJK_WEIGHT : 0;
    int zh = counts.kana() == 0 && counts.hangul() == 0 ? counts.han() * CJK_WEIGHT : 0;
    int en = counts.latin();
    // Ties prefer the CJK languages: a text with some Korean in it is for a Korean reader.
    if (ko > 0 && ko >= ja && ko >= zh && ko >= en) {
      return "ko";
    }
    if (ja > 0 && ja >= zh && ja >= en) {
      return "ja";
    }
    if (zh > 0 && zh >= en) {
      return "zh";
    }
    return "en";
  }

  /**
   * The language part of a BCP 47 locale tag, lower-cased: "ko-KR" → "ko", "en_US" → "en". Null,
   * blank or malformed tags give null, meaning "detect it from the text".
   */
  public static String languageOf(String localeTag) {
    if (localeTag == null) {
      return null;
    }
    String tag = localeTag.strip();
    int cut = 0;
    while (cut < tag.length() && cut < 9 && isAsciiLetter(tag.charAt(cut))) {
      cut++;
    }
    boolean endsCleanly = cut == tag.length() || tag.charAt(cut) == '-' || tag.charAt(cut) == '_';
    if (cut < 2 || cut > 3 || !endsCleanly) {
      return null;
    }
    return tag.substring(0, cut).toLowerCase(Locale.ROOT);
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
