package com.storefront.qa.review.web.chart;

import java.util.Arrays;

/**
 * Nearest-rank percentiles, the definition SLA reports use: p95 is a value that really occurred.
 */
public final class Percentiles {
  private Percentiles() {}

  /**
   * The p-th percentile of the values (nearest rank), or null when there are none.
   *
   * @param p in (0, 100]
   */
  public static Double of(double[] values, double p) {
    if (!(p > 0 && p <= 100)) {
      throw new IllegalArgumentException("percentile must be in (0, 100], was " + p);
    }
    if (values.length == 0) {
      return null;
    }
    double[] sorted = values.clone();
    Arrays.sort(sorted);
    int rank = (int) Math.ceil(p / 100 * sorted.length);
    return sorted[Math.max(0, rank - 1)];
  }
}
