package com.storefront.qa.moderation;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.Verdict;
import java.util.List;

/**
 * The result of checking a customer's question.
 *
 * @param maskedText the question with personal data replaced by placeholders ({@code [PHONE]}, ...)
 *     and chat-template control tokens neutralised; the only form of the question that may reach
 *     the model, the logs or the audit
 * @param verdict PUBLISH = go on and generate a reply; HOLD = staff look first; BLOCK = never
 * @param reasons everything found, in text order; spans index {@code maskedText}
 */
public record InputCheck(String maskedText, Verdict verdict, List<ModerationReason> reasons) {
  public InputCheck {
    reasons = List.copyOf(reasons);
  }
}
