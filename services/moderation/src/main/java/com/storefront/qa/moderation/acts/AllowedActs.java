package com.storefront.qa.moderation.acts;

import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.lang.LanguageDetector;
import java.util.List;

/** The act grammars by language, and a shortcut for checks that ask about one sentence. */
public final class AllowedActs {
  private AllowedActs() {}

  private static final String[] LANGUAGES = {"ko", "en", "ja", "zh"};
  private static final Grammar[] GRAMMARS = {
    KoreanActs.GRAMMAR, EnglishActs.GRAMMAR, JapaneseActs.GRAMMAR, ChineseActs.GRAMMAR
  };

  /**
   * One recogniser per thread and language, re-pointed at each text: building one means a matcher
   * per act pattern, which is too much to allocate for every reply.
   */
  private static final ThreadLocal<Recogniser[]> RECOGNISERS =
      ThreadLocal.withInitial(() -> new Recogniser[GRAMMARS.length]);

  /** The reply's language for the acts: the subject's, or detected from the reply. */
  static String languageOf(Subject subject) {
    return subject.language() != null
        ? subject.language()
        : LanguageDetector.detect(subject.text());
  }

  /** The grammar for the subject's language, or null when there is none. */
  static Grammar grammarFor(Subject subject) {
    int i = indexOf(languageOf(subject));
    return i < 0 ? null : GRAMMARS[i];
  }

  /** This thread's recogniser for the subject's language, pointed at the subject's text. */
  static Recogniser recogniserFor(Subject subject) {
    int i = indexOf(languageOf(subject));
    if (i < 0) {
      return new Recogniser(null, subject.folded());
    }
    Recogniser[] mine = RECOGNISERS.get();
    if (mine[i] == null) {
      mine[i] = new Recogniser(GRAMMARS[i], subject.folded());
    } else {
      mine[i].reset(subject.folded());
    }
    return mine[i];
  }

  private static int indexOf(String lang) {
    for (int i = 0; i < LANGUAGES.length; i++) {
      if (LANGUAGES[i].equals(lang)) {
        return i;
      }
    }
    return -1;
  }

  /**
   * True when [start, end) of the reply is wholly made of allowed acts (content guards aside). The
   * definitive-claim check uses it: an assertive ending inside a recognised act ("좋은 질문이에요") is not
   * a claim about the product.
   */
  public static boolean recognised(Subject subject, int start, int end) {
    Recogniser r = recogniserFor(subject);
    return r.firstUnrecognised(subject.folded(), start, end, subject.approvedPhrases()) < 0;
  }

  /** Where the shop's approved phrases occur in the reply, as {start, end} spans. */
  public static List<int[]> approvedSpans(Subject subject) {
    return ShopPhrases.spans(
        subject.folded(), Math.min(subject.folded().length(), 4_000), subject.approvedPhrases());
  }
}
