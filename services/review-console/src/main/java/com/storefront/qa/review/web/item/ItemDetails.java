package com.storefront.qa.review.web.item;

import com.storefront.qa.review.web.view.HistoryEntry;
import java.util.List;

/**
 * What the item view adds to a review item from the audit and the staff actions: the product's
 * name, the source of what the customer has now, the history, and the final staff text if any. (The
 * question text comes with the item itself: {@code ReviewItemStore.QUESTION_TEXT}.)
 */
public record ItemDetails(
    String productName, String customerSource, List<HistoryEntry> history, String finalText) {

  public ItemDetails {
    history = List.copyOf(history);
  }
}
