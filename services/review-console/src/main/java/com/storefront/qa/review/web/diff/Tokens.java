package com.storefront.qa.review.web.diff;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts text into the units a reviewer reads as changed: words (runs of letters and digits, Hangul
 * included), runs of white space, and single other characters. Han, Hiragana and Katakana are cut
 * per character, because Chinese and Japanese put no spaces between words.
 */
final class Tokens {
  private Tokens() {}

  static List<String> of(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      int cp = text.codePointAt(i);
      int end = i + Character.charCount(cp);
      Class kind = Class.of(cp);
      if (kind != Class.SINGLE) {
        while (end < text.length() && Class.of(text.codePointAt(end)) == kind) {
          end += Character.charCount(text.codePointAt(end));
        }
      }
      out.add(text.substring(i, end));
      i = end;
    }
    return out;
  }

  private enum Class {
    WORD,
    SPACE,
    SINGLE;

    static Class of(int cp) {
      if (Character.isWhitespace(cp)) {
        return SPACE;
      }
      if (!Character.isLetterOrDigit(cp)) {
        return SINGLE;
      }
      Character.UnicodeScript script = Character.UnicodeScript.of(cp);
      return switch (script) {
        case HAN, HIRAGANA, KATAKANA -> SINGLE;
        default -> WORD;
      };
    }
  }
}
