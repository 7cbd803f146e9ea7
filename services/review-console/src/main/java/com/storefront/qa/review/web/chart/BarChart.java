package com.storefront.qa.review.web.chart;

import java.util.List;
import java.util.function.DoubleFunction;

/** Horizontal bars, largest scale at the longest bar, each value written at its bar's end. */
public final class BarChart {
  static final int WIDTH = 640;
  static final int ROW = 28;
  static final int LABEL = 220;
  static final int PAD = 12;

  private BarChart() {}

  /**
   * An SVG document of the bars.
   *
   * @param id a page-unique id for the title element
   * @param title what the chart shows (also its accessible name)
   * @param bars in the order to draw them; negative values count as zero
   * @param format how a value is written beside its bar (e.g. a count or a percentage)
   */
  public static String render(
      String id, String title, List<Bar> bars, DoubleFunction<String> format) {
    int height = PAD * 2 + Math.max(1, bars.size()) * ROW;
    StringBuilder out = new StringBuilder(512 + bars.size() * 256);
    Svg.open(out, id, title, WIDTH, height);
    double max = bars.stream().mapToDouble(b -> Math.max(0, b.value())).max().orElse(0);
    double span = WIDTH - LABEL - PAD * 2 - 60;
    if (bars.isEmpty()) {
      Svg.text(out, WIDTH / 2.0, height / 2.0 + 4, "middle", "chart-empty", "-");
    }
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      double y = PAD + i * ROW;
      double length = max == 0 ? 0 : Math.max(0, bar.value()) / max * span;
      Svg.text(out, LABEL - 8, y + ROW / 2.0 + 4, "end", "chart-label", bar.label());
      out.append("<rect x=\"")
          .append(LABEL)
          .append("\" y=\"")
          .append(Svg.num(y + 4))
          .append("\" width=\"")
          .append(Svg.num(Math.max(1, length)))
          .append("\" height=\"")
          .append(ROW - 8)
          .append("\" fill=\"")
          .append(Svg.colour(0))
          .append("\"><title>")
          .append(Svg.escape(bar.label() + ": " + format.apply(bar.value())))
          .append("</title></rect>");
      Svg.text(
          out,
          LABEL + Math.max(1, length) + 6,
          y + ROW / 2.0 + 4,
          "start",
          "chart-value",
          format.apply(bar.value()));
    }
    return out.append("</svg>").toString();
  }
}
