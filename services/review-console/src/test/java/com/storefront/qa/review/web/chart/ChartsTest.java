package com.storefront.qa.review.web.chart;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class ChartsTest {
  private static final List<LocalDate> DAYS =
      List.of(
          LocalDate.parse("2026-11-29"),
          LocalDate.parse("2026-11-30"),
          LocalDate.parse("2026-12-01"));

  @Test
  void barsScaleToTheLargestValueAndShowEachValue() throws Exception {
    String svg =
        BarChart.render(
            "holds",
            "Hold reasons",
            List.of(new Bar("DEFINITIVE_CLAIM", 10), new Bar("PII_PHONE", 5)),
            v -> String.valueOf((long) v));
    Document doc = parse(svg);
    NodeList rects = doc.getElementsByTagName("rect");
    assertThat(rects.getLength()).isEqualTo(2);
    double first = width(rects, 0);
    double second = width(rects, 1);
    assertThat(second).isCloseTo(first / 2, offset(0.2));
    assertThat(svg).contains(">10</text>").contains(">5</text>").contains("<title id=\"holds\">");
    assertThat(doc.getDocumentElement().getAttribute("role")).isEqualTo("img");
  }

  @Test
  void hostileLabelsAreEscapedAndTheDocumentStaysWellFormed() throws Exception {
    String evil = "<script>alert(1)</script>\" onload=\"alert(2)&\u0001";
    String bars = BarChart.render("x", evil, List.of(new Bar(evil, 1)), v -> "1");
    String lines =
        LineChart.render(
            "y", evil, DAYS, List.of(new Series(evil, Arrays.asList(1.0, 2.0, 3.0))), v -> "v");
    for (String svg : List.of(bars, lines)) {
      Document doc = parse(svg);
      assertThat(doc.getElementsByTagName("script").getLength()).isZero();
      assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;").contains("&quot;");
      assertThat(svg).doesNotContain("\u0001");
    }
  }

  @Test
  void aDayWithoutDataBreaksTheLineInsteadOfDroppingToZero() throws Exception {
    String svg =
        LineChart.render(
            "rate",
            "Auto-publish rate",
            List.of(DAYS.get(0), DAYS.get(1), DAYS.get(2), DAYS.get(2).plusDays(1)),
            List.of(new Series("shop-a", Arrays.asList(0.5, 0.6, null, 0.9))),
            v -> Math.round(v * 100) + "%");
    Document doc = parse(svg);
    // Two points before the gap make one polyline; the lone point after it is only a dot.
    assertThat(doc.getElementsByTagName("polyline").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagName("circle").getLength()).isEqualTo(3);
    assertThat(svg).contains("shop-a 2026-12-02: 90%");
  }

  @Test
  void higherValuesAreDrawnHigher() throws Exception {
    String svg =
        LineChart.render(
            "t", "t", DAYS, List.of(new Series("p95", Arrays.asList(1.0, 4.0, 2.0))), v -> "v");
    NodeList dots = parse(svg).getElementsByTagName("circle");
    double y0 = cy(dots, 0);
    double y1 = cy(dots, 1);
    double y2 = cy(dots, 2);
    assertThat(y1).isLessThan(y2);
    assertThat(y2).isLessThan(y0);
  }

  @Test
  void seriesMustMatchTheDays() {
    assertThatThrownBy(
            () ->
                LineChart.render("t", "t", DAYS, List.of(new Series("s", List.of(1.0))), v -> "v"))
        .hasMessageContaining("1 values for 3");
  }

  @Test
  void emptyChartsStillRender() throws Exception {
    assertThat(parse(BarChart.render("e", "Empty", List.of(), v -> "")).getDocumentElement())
        .isNotNull();
    assertThat(parse(LineChart.render("e2", "Empty", List.of(), List.of(), v -> ""))).isNotNull();
  }

  @Test
  void axisTopsAreRoundNumbers() {
    assertThat(LineChart.niceTop(6)).isEqualTo(8.0);
    assertThat(LineChart.niceTop(0.83)).isCloseTo(1.0, offset(1e-9));
    assertThat(LineChart.niceTop(32)).isEqualTo(40.0);
    assertThat(LineChart.niceTop(10)).isEqualTo(10.0);
    assertThat(LineChart.niceTop(0)).isEqualTo(1.0);
  }

  @Test
  void nearestRankPercentiles() {
    double[] values = {5, 1, 4, 2, 3, 10, 9, 8, 7, 6};
    assertThat(Percentiles.of(values, 50)).isEqualTo(5.0);
    assertThat(Percentiles.of(values, 95)).isEqualTo(10.0);
    assertThat(Percentiles.of(values, 10)).isEqualTo(1.0);
    assertThat(Percentiles.of(new double[] {42}, 95)).isEqualTo(42.0);
    assertThat(Percentiles.of(new double[0], 50)).isNull();
    assertThat(values[0]).isEqualTo(5.0);
    assertThatThrownBy(() -> Percentiles.of(values, 0)).hasMessageContaining("percentile");
  }

  private static Document parse(String svg) throws Exception {
    var factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    return factory
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
  }

  private static double width(NodeList rects, int i) {
    return Double.parseDouble(((Element) rects.item(i)).getAttribute("width"));
  }

  private static double cy(NodeList dots, int i) {
    return Double.parseDouble(((Element) dots.item(i)).getAttribute("cy"));
  }
}
