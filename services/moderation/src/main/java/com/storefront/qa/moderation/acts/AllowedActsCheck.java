package com.storefront.qa.moderation.acts;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import com.storefront.qa.moderation.text.Sentences;
import java.util.ArrayList;
import java.util.List;

/**
 * UNRECOGNISED_STATEMENT: the reply says something an acknowledgement may not. Every sentence must
 * be a chain of allowed {@link Act}s in the reply's language (or the shop's approved phrases), and
 * no act may carry a figure, time frame, other customers, another shop, a recommendation or a
 * request for sensitive data ({@link ContentGuard}). The evidence is the first unrecognised span of
 * each sentence.
 *
 * <p>This is an allow-list: a statement nobody listed holds, so new ways of stating a fact need no
 * new rule. Languages without a grammar (anything but ko, en, ja, zh) can only publish the shop's
 * approved phrases; otherwise the customer gets the shop's acknowledgement.
 */
public final class AllowedActsCheck implements Check {
  private static final int SCAN_LIMIT = 4_000;
  private static final int MAX_REASONS = 5;
  private static final ByLanguage[] GUARDS = {
    ContentGuard.OTHERS,
    ContentGuard.OTHER_SHOP,
    ContentGuard.RECOMMEND,
    ContentGuard.CHECKED,
    ContentGuard.INTENSIFIED,
    ContentGuard.SENSITIVE
  };
  private static final ByLanguage[] UNLESS_ASKED = {ContentGuard.TIME, ContentGuard.ATTRIBUTE};

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    String folded = subject.folded();
    int limit = Math.min(text.length(), SCAN_LIMIT);
    Recogniser recogniser = AllowedActs.recogniserFor(subject);
    String lang = AllowedActs.languageOf(subject);
    List<String> phrases = subject.approvedPhrases();
    List<int[]> approved = ShopPhrases.spans(folded, limit, phrases);
    String question = subject.question() == null ? "" : Subject.foldAscii(subject.question());
    List<ModerationReason> out = new ArrayList<>(2);
    for (int[] s : Sentences.split(text, limit)) {
      if (out.size() >= MAX_REASONS) {
        break;
      }
      int bad = recogniser.firstUnrecognised(folded, s[0], s[1], phrases);
      if (bad >= 0) {
        out.add(Reasons.of(ReasonCodes.UNRECOGNISED_STATEMENT, text, bad, s[1]));
        continue;
      }
      int[] carried = carried(folded, s[0], s[1], lang, question, approved);
      if (carried != null) {
        out.add(Reasons.of(ReasonCodes.UNRECOGNISED_STATEMENT, text, carried[0], carried[1]));
      }
    }
    return out;
  }

  /** The first thing in an otherwise recognised sentence that no act may carry, or null. */
  private static int[] carried(
      String folded, int from, int to, String lang, String question, List<int[]> ok) {
    for (ByLanguage guard : GUARDS) {
      int[] m = guard.of(lang).find(folded, from, to);
      if (m != null && !ShopPhrases.inside(ok, m)) {
        return m;
      }
    }
    // Figures and time words are fine when the customer wrote them: that is restating.
    int[] m = unlessAsked(ContentGuard.FIGURE, folded, from, to, question, ok);
    for (int g = 0; m == null && g < UNLESS_ASKED.length; g++) {
      m = unlessAsked(UNLESS_ASKED[g].of(lang), folded, from, to, question, ok);
    }
    return m;
  }

  /**
   * Whether the customer wrote {@code said}, hyphens and spaces aside: "grain-free" restates "grain
   * free".
   */
  private static boolean asked(String question, String said) {
    if (question.contains(said)) {
      return true;
    }
    String bare = said.replace("-", "").replace(" ", "");
    return !bare.isEmpty() && question.replace("-", "").replace(" ", "").contains(bare)
        || isDigits(said) && NumberWords.named(question, said);
  }

  private static boolean isDigits(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return !s.isEmpty();
  }

  private static int[] unlessAsked(
      GatedPattern guard, String folded, int from, int to, String question, List<int[]> ok) {
    int at = from;
    int[] m;
    while (at < to && (m = guard.find(folded, at, to)) != null) {
      boolean listNumber = ListMarkers.numberEnd(folded, m[0], to) > m[0];
      if (!listNumber
          && !ShopPhrases.inside(ok, m)
          && !asked(question, folded.substring(m[0], m[1]))) {
        return m;
      }
      at = m[1];
    }
    return null;
  }
}
