package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.input.AbuseLexicon;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import java.util.ArrayList;
import java.util.List;

/**
 * RUDE_TONE: profanity in a reply (the question's abuse lexicon), or a dismissive, blaming tone
 * toward the customer ("그것도 모르세요?", "read the description", "not our problem"). Mild words
 * ("stupid", "짜증") count from NORMAL up: a reply has less excuse for them than a question.
 */
final class RudeToneCheck implements Check {
  private static final int SCAN_LIMIT = 4_000;

  private static final GatedPattern DISMISSIVE =
      GatedPattern.compile(
          String.join(
              "|",
              "그것도\\s{0,3}모르|직접\\s{0,3}(?:찾아|알아)보세요|알아서\\s{0,3}하세요|설명서(?:를|나)?\\s{0,3}(?:읽|보)(?:으세요|세요)",
              "왜\\s{0,3}(?:물어|질문을?\\s{0,3}하)|귀찮|어쩌라고|몰라요|모르겠고|상관\\s{0,3}없|당연한\\s{0,3}걸|그만\\s{0,3}(?:물어|질문)",
              "상세\\s{0,3}페이지(?:를|나)?\\s{0,3}(?:읽|보)(?:으세요|세요|시면\\s{0,3}(?:다|알))|고객님\\s{0,3}(?:잘못|탓|책임)",
              "\\b(?:obviously|as i (?:already )?said|read the (?:manual|description|listing)"
                  + "|figure it out|not our problem|stop asking|dumb question|stupid question"
                  + "|we don'?t care|go away|google it|(?:it'?s )?your (?:own )?fault"
                  + "|can'?t you read|use your (?:head|brain))\\b"));

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    int to = Math.min(text.length(), SCAN_LIMIT);
    String code = ReasonCodes.RUDE_TONE;
    List<ModerationReason> out = new ArrayList<>(2);
    for (GatedPattern p : AbuseLexicon.STRONG_BY_SCRIPT) {
      out.addAll(Reasons.matches(code, p, subject, 0, to, 3));
    }
    out.addAll(Reasons.matches(code, DISMISSIVE, subject, 0, to, 3));
    for (GatedPattern p : Condescension.forLanguage(subject.language())) {
      out.addAll(Reasons.matches(code, p, subject, 0, to, 3));
    }
    if (subject.pick(false, true, true)) {
      out.addAll(Reasons.matches(code, AbuseLexicon.MILD, subject, 0, to, 3));
    }
    return out;
  }
}
