package com.storefront.qa.moderation.lang;

/**
 * Letters per script in a text: the shared measurement behind language detection and the
 * script-mixing check.
 *
 * @param hangul Hangul syllables and jamo
 * @param kana hiragana and katakana
 * @param han CJK unified ideographs
 * @param latin ASCII and Latin-1 letters
 * @param other letters of any other script (Cyrillic, Arabic, Thai, ...)
 */
public record ScriptCounts(int hangul, int kana, int han, int latin, int other) {

  /** Counts the letters of the first {@code limit} chars of {@code text}. */
  public static ScriptCounts of(CharSequence text, int limit) {
    int hangul = 0;
    int kana = 0;
    int han = 0;
    int latin = 0;
    int other = 0;
    int end = Math.min(text.length(), limit);
    for (int i = 0; i < end; i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
          latin++;
        }
      } else if (isHangul(c)) {
        hangul++;
      } else if (c >= 0x3040 && c <= 0x30FF) {
        kana++;
      } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF)) {
        han++;
      } else if (c >= 0xC0 && c <= 0x24F && c != 0xD7 && c != 0xF7) {
        latin++;
      } else if (Character.isLetter(c)) {
        other++;
      }
    }
    return new ScriptCounts(hangul, kana, han, latin, other);
  }

  /** Hangul syllables, jamo and compatibility jamo (ㅅㅂ is Korean too). */
  public static boolean isHangul(char c) {
    return (c >= 0xAC00 && c <= 0xD7A3)
        || (c >= 0x1100 && c <= 0x11FF)
        || (c >= 0x3130 && c <= 0x318F);
  }

  /** All letters counted. */
  public int letters() {
    return hangul + kana + han + latin + other;
  }
}
