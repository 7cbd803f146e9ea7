package com.storefront.qa.review.web.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One line of a daily chart: a name (a shop, "p95") and one value per day, null where the day has
 * no data (drawn as a gap, not as zero).
 */
public record Series(String name, List<Double> values) {

  public Series {
    values = Collections.unmodifiableList(new ArrayList<>(values));
  }
}
