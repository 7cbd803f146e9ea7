package com.storefront.qa.review.web.view;

import java.util.List;

/**
 * The analytics page: five server-rendered SVG charts (built by {@code AnalyticsCharts}, which
 * escapes every label, so the template inserts them raw) and the shop filter.
 */
public record AnalyticsView(
    int days,
    String shop,
    List<String> shops,
    String autoRate,
    String holdReasons,
    String firstReply,
    String followUp,
    String breaches) {

  public AnalyticsView {
    shops = List.copyOf(shops);
  }
}
