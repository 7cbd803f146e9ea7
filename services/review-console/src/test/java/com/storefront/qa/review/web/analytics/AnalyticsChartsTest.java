package com.storefront.qa.review.web.analytics;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.review.web.chart.Series;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AnalyticsChartsTest {
  private static final LocalDate D1 = LocalDate.parse("2026-11-30");
  private static final LocalDate D2 = LocalDate.parse("2026-12-01");
  private static final LocalDate D3 = LocalDate.parse("2026-12-02");
  private static final List<LocalDate> DAYS = AnalyticsCharts.days(D1, D3);

  private static final List<DayFigures> ROWS =
      List.of(
          new DayFigures("shop-a", D1, 10, 8, 1.0, 3.0, 5.0, 20.0, 1),
          new DayFigures("shop-b", D1, 4, 1, 2.0, 9.0, 30.0, 40.0, 3),
          new DayFigures("shop-a", D3, 5, 5, 0.5, 1.0, null, null, 0));

  @Test
  void daysAreInclusive() {
    assertThat(DAYS).containsExactly(D1, D2, D3);
  }

  @Test
  void perShopSeriesLeaveGapsOnDaysWithoutQuestions() {
    List<Series> series = AnalyticsCharts.perShop(DAYS, ROWS, f -> f.autoPublishRate());
    assertThat(series).extracting(Series::name).containsExactly("shop-a", "shop-b");
    assertThat(series.get(0).values()).containsExactly(0.8, null, 1.0);
    assertThat(series.get(1).values()).containsExactly(0.25, null, null);
  }

  @Test
  void percentileLinesTakeTheWorstShopOfTheDay() {
    Series p95 = AnalyticsCharts.worst("p95", DAYS, ROWS, DayFigures::followUpP95Hours);
    assertThat(p95.values()).isEqualTo(Arrays.asList(40.0, null, null));
    Series first = AnalyticsCharts.worst("p50", DAYS, ROWS, DayFigures::firstReplyP50Min);
    assertThat(first.values()).isEqualTo(Arrays.asList(2.0, null, 0.5));
  }

  @Test
  void chartsCarryTheirTitlesAndValues() {
    assertThat(AnalyticsCharts.autoPublishRate("Rate", DAYS, ROWS))
        .contains("<title id=\"chart-auto-rate\">Rate</title>")
        .contains("shop-a 2026-11-30: 80%")
        .contains("shop-b 2026-11-30: 25%");
    assertThat(AnalyticsCharts.breaches("Breaches", DAYS, ROWS)).contains("shop-b 2026-11-30: 3");
    assertThat(AnalyticsCharts.followUp("Follow-up", DAYS, ROWS)).contains("p95 2026-11-30: 40.0");
    assertThat(AnalyticsCharts.shops(ROWS)).containsExactly("shop-a", "shop-b");
    assertThat(AnalyticsCharts.total(ROWS, DayFigures::questions)).isEqualTo(19);
    assertThat(new DayFigures("s", D2, 0, 0, null, null, null, null, 0).autoPublishRate()).isZero();
  }
}
