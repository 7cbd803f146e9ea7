package com.storefront.qa.review.web;

import java.util.List;
import java.util.Locale;

/**
 * Picks the console's language: an explicit choice ({@code ?lang=} or the {@code console-lang}
 * cookie it sets) first, then the browser's Accept-Language, then English. Only the languages the
 * console has text for are ever returned.
 */
public final class ConsoleLocale {
  /** The languages with a message bundle, the default first. */
  public static final List<String> SUPPORTED = List.of("en", "ko");

  /** The cookie that remembers an explicit choice. */
  public static final String COOKIE = "console-lang";

  private ConsoleLocale() {}

  /**
   * @param explicit {@code ?lang=} or the cookie value, may be null or anything
   * @param acceptLanguage the Accept-Language header, may be null or malformed
   */
  public static String choose(String explicit, String acceptLanguage) {
    String own = supported(explicit);
    if (own != null) {
      return own;
    }
    if (acceptLanguage != null) {
      try {
        for (Locale.LanguageRange range : Locale.LanguageRange.parse(acceptLanguage)) {
          String lang = supported(range.getRange());
          if (lang != null && range.getWeight() > 0) {
            return lang;
          }
        }
      } catch (IllegalArgumentException malformed) {
        // A broken header is the browser's problem; the default language still works.
      }
    }
    return SUPPORTED.get(0);
  }

  /** The supported language a tag such as {@code ko-KR} stands for, or null. */
  static String supported(String tag) {
    if (tag == null || tag.isBlank()) {
      return null;
    }
    String lang = tag.strip().toLowerCase(Locale.ROOT);
    int dash = lang.indexOf('-');
    String primary = dash < 0 ? lang : lang.substring(0, dash);
    return SUPPORTED.contains(primary) ? primary : null;
  }
}
