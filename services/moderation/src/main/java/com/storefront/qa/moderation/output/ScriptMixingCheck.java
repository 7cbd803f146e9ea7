package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.lang.LanguageDetector;
import com.storefront.qa.moderation.lang.ScriptCounts;
import com.storefront.qa.moderation.text.Reasons;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SCRIPT_MIXING: stray words of another script inside a reply, the mark of a model degenerating at
 * high temperature ("... 원하신다면 soon 이라고 말씀드릴게요. 다음번에 도움 needing 될 경우").
 *
 * <p>A stray word is: in a Korean, Japanese or Chinese reply, a Latin word of 3+ letters with a
 * lower-case letter and no capital (acronyms, names and placeholders like "USB", "iPhone",
 * "[PHONE]" are fine); in any reply, a run of a script that is neither the reply's language's nor
 * Latin (Hangul in an English reply, Cyrillic anywhere). Words that appear in the question (product
 * names) and units are never stray. LENIENT tolerates two stray words, NORMAL and STRICT none.
 */
final class ScriptMixingCheck implements Check {
  private static final int SCAN_LIMIT = 4_000;
  private static final String ADDRESS_CHARS = "@./:_|<>[]-";
  private static final Set<String> UNITS =
      Set.of("cm", "mm", "kg", "ml", "inch", "inches", "oz", "lb", "lbs", "mah", "ok", "okay");

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    String question = subject.question() == null ? "" : subject.question();
    String questionLower = question.toLowerCase(Locale.ROOT);
    String lang = subject.language() == null ? "en" : subject.language();
    boolean cjk = lang.equals("ko") || lang.equals("ja") || lang.equals("zh");
    if (!lang.equals(LanguageDetector.detect(text))) {
      // A whole reply in another language is LANGUAGE_MISMATCH, not stray words.
      return List.of();
    }
    int allowed = subject.pick(2, 0, 0);
    int n = Math.min(text.length(), SCAN_LIMIT);
    int stray = 0;
    int firstStart = -1;
    int firstEnd = -1;
    int i = 0;
    while (i < n) {
      char c = text.charAt(i);
      Script script = Script.of(c);
      if (script == Script.NONE) {
        i++;
        continue;
      }
      int j = i + 1;
      while (j < n && Script.of(text.charAt(j)) == script) {
        j++;
      }
      boolean isStray =
          script == Script.LATIN
              ? cjk && strayLatin(text, i, j, questionLower)
              : !script.fits(lang) && !question.contains(text.substring(i, j));
      if (isStray) {
        stray++;
        if (firstStart < 0) {
          firstStart = i;
          firstEnd = j;
        }
      }
      i = j;
    }
    if (stray > allowed) {
      return List.of(Reasons.of(ReasonCodes.SCRIPT_MIXING, text, firstStart, firstEnd));
    }
    return List.of();
  }

  private static boolean strayLatin(String text, int start, int end, String questionLower) {
    if (end - start < 3 || partOfAddressOrToken(text, start, end)) {
      return false;
    }
    boolean hasLower = false;
    boolean hasUpper = false;
    for (int k = start; k < end; k++) {
      hasLower |= Character.isLowerCase(text.charAt(k));
      hasUpper |= Character.isUpperCase(text.charAt(k));
    }
    // All capitals is an acronym ("USB"); a capital among lower-case letters is a name ("iPhone",
    // "MacBook", "Pixel"): CJK replies write product and brand names in Latin. Drift into another
    // language shows in its lower-case words ("배송은 very fast 합니다").
    if (!hasLower || hasUpper) {
      return false;
    }
    String word = text.substring(start, end).toLowerCase(Locale.ROOT);
    return !UNITS.contains(word) && !questionLower.contains(word);
  }

  /** Latin inside an e-mail, URL or special token is judged by the contact and garbage checks. */
  private static boolean partOfAddressOrToken(String text, int start, int end) {
    return (start > 0 && ADDRESS_CHARS.indexOf(text.charAt(start - 1)) >= 0)
        || (end < text.length() && ADDRESS_CHARS.indexOf(text.charAt(end)) >= 0);
  }

  /** The scripts this check tells apart. */
  private enum Script {
    NONE,
    LATIN,
    HANGUL,
    KANA,
    HAN,
    OTHER;

    static Script of(char c) {
      if (c < 0x80) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? LATIN : NONE;
      }
      if (ScriptCounts.isHangul(c)) {
        return HANGUL;
      }
      if ((c >= 0x3040 && c <= 0x30FF) || (c >= 0xFF66 && c <= 0xFF9F)) {
        return KANA;
      }
      // 々 〆 〇 (iteration and ideographic marks) are written with kanji: "少々", "時々".
      if ((c >= 0x4E00 && c <= 0x9FFF)
          || (c >= 0x3400 && c <= 0x4DBF)
          || (c >= 0x3005 && c <= 0x3007)) {
        return HAN;
      }
      if ((c >= 0xFF21 && c <= 0xFF3A) || (c >= 0xFF41 && c <= 0xFF5A)) {
        return LATIN;
      }
      if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) {
        return LATIN;
      }
      return Character.isLetter(c) ? OTHER : NONE;
    }

    /** Whether this script belongs in a reply in {@code lang}. Latin is judged separately. */
    boolean fits(String lang) {
      return switch (this) {
        case NONE, LATIN -> true;
        case HANGUL -> lang.equals("ko");
        case KANA -> lang.equals("ja");
        case HAN -> lang.equals("ja") || lang.equals("zh");
        case OTHER -> false;
      };
    }
  }
}
