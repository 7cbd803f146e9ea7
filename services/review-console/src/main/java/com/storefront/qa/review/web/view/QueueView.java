package com.storefront.qa.review.web.view;

import java.util.List;

/**
 * A queue page: the rows of the chosen queue (oldest first, customers with no reply before
 * everyone), the count of every queue, and the choices the filters offer.
 */
public record QueueView(
    QueueFilter filter,
    List<QueueRow> rows,
    long heldCount,
    long followUpCount,
    long doneCount,
    List<String> shops,
    List<String> languages,
    List<String> reasons) {

  public QueueView {
    rows = List.copyOf(rows);
    shops = List.copyOf(shops);
    languages = List.copyOf(languages);
    reasons = List.copyOf(reasons);
  }

  /** The queue shown: {@code held}, {@code followup} or {@code done}. */
  public String queue() {
    return filter.queue() == null ? "held" : filter.queue();
  }
}
