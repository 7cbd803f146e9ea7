package com.storefront.qa.moderation.pii;

import com.storefront.qa.moderation.text.GatedPattern;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Bank account numbers. Korean banks write them as 10–14 digits in hyphenated groups
 * ("110-123-456789", "1002-345-678901"), so two or more hyphens and 10–14 digits are enough. A
 * solid or singly hyphenated run of 10–16 digits counts only after an account word (계좌, 입금, 은행
 * names, "account"), because order and tracking numbers look the same.
 */
final class AccountDetector implements Detector {
  /** Possessive quantifiers: a digit run is taken whole and never re-split by backtracking. */
  private static final GatedPattern RUN =
      GatedPattern.compile("(?<![0-9])[0-9]++(?:[- ][0-9]++){0,4}+");

  /** Words that say "what follows is an account", looked for just before the number. */
  private static final Pattern ACCOUNT_WORD =
      Pattern.compile(
          "(?i)(?:계좌|통장|입금|송금|예금주|은행|국민|신한|우리|하나|농협|기업|카카오뱅크|토스|새마을|우체국|"
              + "account|acct|bank|iban)");

  /** Order and tracking numbers are not personal data and staff need them. */
  private static final Pattern NOT_ACCOUNT_WORD =
      Pattern.compile("(?i)(?:주문|송장|운송장|택배|order|tracking|invoice|모델|model|품번|sku)");

  private static final int CONTEXT = 16;

  @Override
  public void find(String text, List<PiiFinding> out) {
    int at = 0;
    int[] m;
    while ((m = RUN.find(text, at, text.length())) != null) {
      int start = m[0];
      int end = m[1];
      at = end;
      int digits = 0;
      int hyphens = 0;
      int spaces = 0;
      for (int k = start; k < end; k++) {
        char c = text.charAt(k);
        if (c == '-') {
          hyphens++;
        } else if (c == ' ') {
          spaces++;
        } else {
          digits++;
        }
      }
      if (digits < 10 || digits > 16 || Detector.claimed(out, start, end)) {
        continue;
      }
      String before = text.substring(Math.max(0, start - CONTEXT), start);
      if (NOT_ACCOUNT_WORD.matcher(before).find()) {
        continue;
      }
      boolean grouped = hyphens >= 2 && spaces == 0 && digits <= 14;
      if (grouped || ACCOUNT_WORD.matcher(before).find()) {
        out.add(new PiiFinding(PiiType.ACCOUNT, start, end));
      }
    }
  }
}
