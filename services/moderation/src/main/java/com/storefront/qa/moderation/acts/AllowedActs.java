package com.storefront.qa.moderation.acts;

import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.lang.LanguageDetector;
import java.util.List;

/** The act grammars by language, and a shortcut for checks that ask about one sentence. */
public final class AllowedActs {
  private AllowedActs() {}

  /** The grammar for the subject's language (detected from the reply when unknown), or null. */
  static Grammar grammarFor(Subject subject) {
    String lang = subject.language();
    if (lang == null) {
      lang = LanguageDetector.detect(subject.text());
    }
    return switch (lang) {
      case "ko" -> KoreanActs.GRAMMAR;
      case "en" -> EnglishActs.GRAMMAR;
      case "ja" -> JapaneseActs.GRAMMAR;
      case "zh" -> ChineseActs.GRAMMAR;
      default -> null;
    };
  }

  /**
   * True when [start, end) of the reply is wholly made of allowed acts (content guards aside). The
   * definitive-claim check uses it: an assertive ending inside a recognised act ("좋은 질문이에요") is not
   * a claim about the product.
   */
  public static boolean recognised(Subject subject, int start, int end) {
    Recogniser r = new Recogniser(grammarFor(subject), subject.folded());
    return r.firstUnrecognised(subject.folded(), start, end, subject.approvedPhrases()) < 0;
  }

  /** Where the shop's approved phrases occur in the reply, as {start, end} spans. */
  public static List<int[]> approvedSpans(Subject subject) {
    return ShopPhrases.spans(
        subject.folded(), Math.min(subject.folded().length(), 4_000), subject.approvedPhrases());
  }
}
