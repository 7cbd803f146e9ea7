package com.storefront.qa.moderation.output;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.moderation.Check;
import com.storefront.qa.moderation.Subject;
import com.storefront.qa.moderation.pii.PiiFinding;
import com.storefront.qa.moderation.pii.PiiMasker;
import com.storefront.qa.moderation.pii.PiiType;
import java.util.ArrayList;
import java.util.List;

/**
 * PII_RRN, PII_CARD, PII_ACCOUNT in a reply: a reply must never carry an identity, card or account
 * number (they BLOCK). Phones and e-mails are reported as INVENTED_CONTACT instead. Evidence is the
 * placeholder, never the number.
 */
final class PersonalDataCheck implements Check {
  private static final int SCAN_LIMIT = 4_000;

  @Override
  public List<ModerationReason> check(Subject subject) {
    String text = subject.text();
    String head = text.length() > SCAN_LIMIT ? text.substring(0, SCAN_LIMIT) : text;
    List<ModerationReason> out = new ArrayList<>(0);
    for (PiiFinding f : PiiMasker.find(head)) {
      if (f.type() == PiiType.RRN || f.type() == PiiType.CARD || f.type() == PiiType.ACCOUNT) {
        out.add(new ModerationReason(f.type().code(), f.type().placeholder(), f.start(), f.end()));
      }
    }
    return out;
  }
}
