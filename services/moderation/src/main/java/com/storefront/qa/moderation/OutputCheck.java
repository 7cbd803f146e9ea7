package com.storefront.qa.moderation;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.Verdict;
import java.util.List;

/**
 * The result of checking a model reply.
 *
 * @param verdict PUBLISH = show it; HOLD = staff review (customer gets the acknowledgement if the
 *     shop wants); BLOCK = never show it
 * @param reasons everything found, in text order; spans index the reply
 */
public record OutputCheck(Verdict verdict, List<ModerationReason> reasons) {
  public OutputCheck {
    reasons = List.copyOf(reasons);
  }
}
