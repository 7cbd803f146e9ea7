package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.ReasonCodes;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.pii.EmailDetector;
import com.storefront.qa.moderation.pii.PhoneDetector;
import com.storefront.qa.moderation.pii.PiiFinding;
import com.storefront.qa.moderation.text.GatedPattern;
import com.storefront.qa.moderation.text.Reasons;
import java.util.ArrayList;
import java.util.List;

/**
 * INVENTED_CONTACT: a phone number, hotline, e-mail, URL, domain or messenger ID in a reply. The
 * model knows no shop's contacts, so any it writes is made up (and may belong to someone). Naming
 * the customer centre without a number ("고객센터로 문의하시면") is fine.
 */
final class InventedContactCheck implements Check {
  private static final int SCAN_LIMIT = 4_000;

  private static final GatedPattern CONTACT =
      GatedPattern.compile(
          String.join(
              "|",
              PhoneDetector.PHONE.pattern().pattern(),
              "(?<![0-9])(?:15|16|18)[0-9]{2}[-. ]?[0-9]{4}(?![0-9])",
              "\\b(?:https?://|www\\.)[^\\s]{2,200}",
              "\\b[a-z0-9][a-z0-9-]{0,62}\\.(?:com|net|org|co\\.kr|kr|shop|store|io|me|ly|link)\\b",
              "카카오톡?\\s{0,3}(?:채널|아이디|id|플러스\\s{0,3}친구|오픈\\s{0,3}채팅)|\\bkakao(?:talk)?\\s{0,3}(?:id|channel)\\b",
              "(?<![A-Za-z0-9.])@[A-Za-z][A-Za-z0-9_]{2,30}"));

  private static final EmailDetector EMAIL = new EmailDetector();

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    int to = Math.min(text.length(), SCAN_LIMIT);
    String head = to == text.length() ? text : text.substring(0, to);
    List<PiiFinding> emails = new ArrayList<>();
    EMAIL.find(head, emails);
    List<ModerationReason> out = new ArrayList<>(2);
    for (PiiFinding f : emails) {
      out.add(Reasons.of(ReasonCodes.INVENTED_CONTACT, head, f.start(), f.end()));
    }
    // An address also matches the domain pattern; report it once.
    if (emails.isEmpty()) {
      out.addAll(Reasons.matches(ReasonCodes.INVENTED_CONTACT, CONTACT, subject, 0, to, 3));
    }
    return out;
  }
}
