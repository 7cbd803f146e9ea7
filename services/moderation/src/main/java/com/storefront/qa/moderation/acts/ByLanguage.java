package com.storefront.qa.moderation.acts;

import com.storefront.qa.moderation.text.GatedPattern;

/**
 * One guard's patterns, one per language. A reply is checked with its own language's pattern only:
 * a single alternation over four languages lets every common syllable or letter through the
 * first-char gate and then tries every branch there, which cost more than all the acts together.
 * Languages without their own pattern use the English one (Latin script).
 */
final class ByLanguage {
  private final GatedPattern ko;
  private final GatedPattern en;
  private final GatedPattern ja;
  private final GatedPattern zh;

  ByLanguage(String ko, String en, String ja, String zh) {
    this.ko = GatedPattern.compile(ko);
    this.en = GatedPattern.compile(en);
    this.ja = GatedPattern.compile(ja);
    this.zh = GatedPattern.compile(zh);
  }

  GatedPattern of(String language) {
    if (language == null) {
      return en;
    }
    return switch (language) {
      case "ko" -> ko;
      case "ja" -> ja;
      case "zh" -> zh;
      default -> en;
    };
  }
}
