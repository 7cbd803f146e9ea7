package com.storefront.qa.review.web.queue;

import java.util.List;

/**
 * The shops a page may read: every shop ({@code all}) or exactly {@code shops}. Built from the
 * signed-in member's grants; an empty list with {@code all=false} reads nothing.
 */
public record QueueScope(boolean all, List<String> shops) {

  public QueueScope {
    shops = List.copyOf(shops);
  }

  /** Whether a shop is inside the scope. */
  public boolean contains(String shopId) {
    return all || shops.contains(shopId);
  }
}
