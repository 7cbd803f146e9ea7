package com.storefront.qa.review.web.analytics;

import com.storefront.qa.review.web.chart.Bar;
import com.storefront.qa.review.web.chart.BarChart;
import com.storefront.qa.review.web.chart.LineChart;
import com.storefront.qa.review.web.chart.Series;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;

/**
 * Turns the figures into the analytics page's pictures: per-shop lines for the auto-publish rate
 * and SLA breaches, p50/p95 lines for the reply times, bars for hold reasons. A percentile line
 * across several shops takes, per day, the worst shop's value: a chart that averages percentiles
 * would hide the shop that is late.
 */
public final class AnalyticsCharts {
  private AnalyticsCharts() {}

  /** Every day from {@code first} to {@code last}, inclusive. */
  public static List<LocalDate> days(LocalDate first, LocalDate last) {
    List<LocalDate> out = new ArrayList<>();
    for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
      out.add(d);
    }
    return out;
  }

  /** Auto-publish rate per shop per day, as percentages. */
  public static String autoPublishRate(String title, List<LocalDate> days, List<DayFigures> rows) {
    return LineChart.render(
        "chart-auto-rate",
        title,
        days,
        perShop(days, rows, f -> f.questions() == 0 ? null : f.autoPublishRate()),
        v -> Math.round(v * 100) + "%");
  }

  /** SLA breaches per shop per day. */
  public static String breaches(String title, List<LocalDate> days, List<DayFigures> rows) {
    return LineChart.render(
        "chart-breaches",
        title,
        days,
        perShop(days, rows, f -> (double) f.breaches()),
        v -> String.valueOf(Math.round(v)));
  }

  /** Time to the first reply of any kind, p50 and p95 in minutes. */
  public static String firstReply(String title, List<LocalDate> days, List<DayFigures> rows) {
    return LineChart.render(
        "chart-first-reply",
        title,
        days,
        List.of(
            worst("p50", days, rows, DayFigures::firstReplyP50Min),
            worst("p95", days, rows, DayFigures::firstReplyP95Min)),
        AnalyticsCharts::oneDecimal);
  }

  /** Time to the staff follow-up answer, p50 and p95 in hours. */
  public static String followUp(String title, List<LocalDate> days, List<DayFigures> rows) {
    return LineChart.render(
        "chart-follow-up",
        title,
        days,
        List.of(
            worst("p50", days, rows, DayFigures::followUpP50Hours),
            worst("p95", days, rows, DayFigures::followUpP95Hours)),
        AnalyticsCharts::oneDecimal);
  }

  /** The most frequent hold reasons as bars. */
  public static String holdReasons(String title, List<Bar> bars) {
    return BarChart.render("chart-hold-reasons", title, bars, v -> String.valueOf(Math.round(v)));
  }

  static List<Series> perShop(
      List<LocalDate> days, List<DayFigures> rows, Function<DayFigures, Double> value) {
    Map<String, Map<LocalDate, DayFigures>> byShop = new TreeMap<>();
    rows.forEach(r -> byShop.computeIfAbsent(r.shopId(), s -> new TreeMap<>()).put(r.day(), r));
    List<Series> out = new ArrayList<>();
    byShop.forEach(
        (shop, byDay) -> {
          List<Double> values = new ArrayList<>();
          for (LocalDate d : days) {
            DayFigures f = byDay.get(d);
            values.add(f == null ? null : value.apply(f));
          }
          out.add(new Series(shop, values));
        });
    return out;
  }

  static Series worst(
      String name, List<LocalDate> days, List<DayFigures> rows, Function<DayFigures, Double> v) {
    List<Double> values = new ArrayList<>();
    for (LocalDate d : days) {
      Double max = null;
      for (DayFigures f : rows) {
        Double x = f.day().equals(d) ? v.apply(f) : null;
        if (x != null && (max == null || x > max)) {
          max = x;
        }
      }
      values.add(max);
    }
    return new Series(name, values);
  }

  /** The shops present in the figures, sorted (the page's shop filter). */
  public static List<String> shops(List<DayFigures> rows) {
    return List.copyOf(new TreeSet<>(rows.stream().map(DayFigures::shopId).toList()));
  }

  /** Sum over all rows, e.g. the total of questions shown above the charts. */
  public static long total(List<DayFigures> rows, ToDoubleFunction<DayFigures> value) {
    return Math.round(rows.stream().mapToDouble(value).sum());
  }

  private static String oneDecimal(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }
}
