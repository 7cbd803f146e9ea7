package com.storefront.qa.review.web.view;

import com.storefront.qa.review.web.sla.SlaState;
import java.util.List;

/**
 * One row of a queue. Text fields are raw (masked upstream); the template escapes them.
 *
 * @param id the review item's id (the item view's path)
 * @param version the item's version when listed, sent back with a bulk decision
 * @param age the item's age as a short label; {@code target} the shop's follow-up target
 * @param assignee who holds the claim now, or null
 * @param customerWaiting true when the customer has had no reply at all
 */
public record QueueRow(
    String id,
    long version,
    String shopId,
    String question,
    String product,
    String locale,
    List<String> reasons,
    String age,
    String target,
    SlaState sla,
    String assignee,
    boolean customerWaiting) {

  public QueueRow {
    reasons = List.copyOf(reasons);
  }

  /** The question cut to one line for the list (the item view shows it whole). */
  public String excerpt() {
    if (question == null) {
      return "";
    }
    int cut =
        question.offsetByCodePoints(
            0, Math.min(question.codePointCount(0, question.length()), 140));
    return cut < question.length() ? question.substring(0, cut) + "…" : question;
  }
}
