package com.storefront.qa.review.web.chart;

import java.time.LocalDate;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * Values per day, one polyline per series with a dot per day (each dot's tooltip gives the exact
 * value), a y axis from zero to the largest value, and a legend. Days without data break the line.
 */
public final class LineChart {
  static final int WIDTH = 640;
  static final int HEIGHT = 260;
  static final int LEFT = 64;
  static final int RIGHT = 16;
  static final int TOP = 16;
  static final int BOTTOM = 56;
  static final int GRID_LINES = 4;

  private LineChart() {}

  /**
   * An SVG document of the series over the days.
   *
   * @param id a page-unique id for the title element
   * @param title what the chart shows (also its accessible name)
   * @param days the x axis, oldest first
   * @param series each with exactly one value (or null) per day
   * @param format how a value is written on the axis and in tooltips
   * @throws IllegalArgumentException if a series does not have one value per day
   */
  public static String render(
      String id,
      String title,
      List<LocalDate> days,
      List<Series> series,
      DoubleFunction<String> format) {
    for (Series s : series) {
      if (s.values().size() != days.size()) {
        throw new IllegalArgumentException(
            "series " + s.name() + " has " + s.values().size() + " values for " + days.size());
      }
    }
    double max =
        series.stream()
            .flatMap(s -> s.values().stream())
            .filter(v -> v != null)
            .mapToDouble(Double::doubleValue)
            .max()
            .orElse(0);
    double top = niceTop(max);
    StringBuilder out = new StringBuilder(2048);
    Svg.open(out, id, title, WIDTH, HEIGHT);
    axes(out, days, top, format);
    for (int i = 0; i < series.size(); i++) {
      line(out, series.get(i), days, top, Svg.colour(i), format);
      legend(out, i, series.get(i).name());
    }
    return out.append("</svg>").toString();
  }

  /**
   * The axis top: four grid steps of 1, 2, 2.5 or 5 times a power of ten, so that the labels are
   * round numbers (0, 2, 4, 6, 8 rather than 0, 1.5, 3, 4.5, 6).
   */
  static double niceTop(double max) {
    if (max <= 0) {
      return 1;
    }
    double raw = max / GRID_LINES;
    double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * magnitude >= raw - 1e-12) {
        return m * magnitude * GRID_LINES;
      }
    }
    return 10 * magnitude * GRID_LINES;
  }

  private static double x(int day, int days) {
    double plot = WIDTH - LEFT - RIGHT;
    return days <= 1 ? LEFT + plot / 2 : LEFT + plot * day / (days - 1);
  }

  private static double y(double value, double top) {
    double plot = HEIGHT - TOP - BOTTOM;
    return TOP + plot - Math.max(0, value) / top * plot;
  }

  private static void axes(
      StringBuilder out, List<LocalDate> days, double top, DoubleFunction<String> format) {
    for (int g = 0; g <= GRID_LINES; g++) {
      double value = top * g / GRID_LINES;
      double y = y(value, top);
      out.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(WIDTH - RIGHT);
      out.append("\" y1=\"").append(Svg.num(y)).append("\" y2=\"").append(Svg.num(y));
      out.append("\" stroke=\"").append(Svg.GRID).append("\"/>");
      Svg.text(out, LEFT - 6, y + 4, "end", "chart-axis", format.apply(value));
    }
    // Label at most about eight days so the dates never overlap.
    int every = Math.max(1, (int) Math.ceil(days.size() / 8.0));
    for (int d = 0; d < days.size(); d += every) {
      String label = days.get(d).toString().substring(5);
      Svg.text(out, x(d, days.size()), HEIGHT - BOTTOM + 18, "middle", "chart-axis", label);
    }
  }

  private static void line(
      StringBuilder out,
      Series s,
      List<LocalDate> days,
      double top,
      String colour,
      DoubleFunction<String> format) {
    StringBuilder points = new StringBuilder();
    int run = 0;
    for (int d = 0; d <= days.size(); d++) {
      Double v = d < days.size() ? s.values().get(d) : null;
      if (v == null) {
        if (run > 1) {
          out.append("<polyline fill=\"none\" stroke-width=\"2\" stroke=\"").append(colour);
          out.append("\" points=\"").append(points.toString().trim()).append("\"/>");
        }
        points.setLength(0);
        run = 0;
        continue;
      }
      points.append(Svg.num(x(d, days.size()))).append(',').append(Svg.num(y(v, top))).append(' ');
      run++;
      out.append("<circle r=\"3.5\" cx=\"").append(Svg.num(x(d, days.size())));
      out.append("\" cy=\"").append(Svg.num(y(v, top))).append("\" fill=\"").append(colour);
      out.append("\"><title>");
      out.append(Svg.escape(s.name() + " " + days.get(d) + ": " + format.apply(v)));
      out.append("</title></circle>");
    }
  }

  private static void legend(StringBuilder out, int index, String name) {
    double x = LEFT + (index % 4) * 140;
    // Four per row, two rows under the dates; more series than that is more than one chart holds.
    double y = HEIGHT - 20 + Math.min(1, index / 4) * 14;
    out.append("<rect width=\"10\" height=\"10\" x=\"").append(Svg.num(x));
    out.append("\" y=\"").append(Svg.num(y - 9)).append("\" fill=\"");
    out.append(Svg.colour(index)).append("\"/>");
    Svg.text(out, x + 14, y, "start", "chart-legend", name);
  }
}
