package com.storefront.qa.review.web.chart;

import java.util.Locale;

/**
 * The few bits every chart needs: XML escaping of every label (shop ids and reason codes come from
 * other services and are not trusted), and numbers written the same in every locale.
 */
final class Svg {
  /** Series colours, dark enough for 3:1 contrast on white (WCAG non-text contrast). */
  static final String[] PALETTE = {
    "#1d4ed8", "#b45309", "#047857", "#b91c1c", "#6d28d9", "#0e7490", "#a21caf", "#4d7c0f"
  };

  static final String INK = "#1f2937";
  static final String GRID = "#d1d5db";

  private Svg() {}

  static String escape(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints()
        .forEach(
            cp -> {
              switch (cp) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> {
                  // XML 1.0 forbids most control characters even as references: drop them.
                  if (cp >= 0x20 || cp == '\t' || cp == '\n' || cp == '\r') {
                    out.appendCodePoint(cp);
                  }
                }
              }
            });
    return out.toString();
  }

  static String num(double value) {
    return String.format(Locale.ROOT, "%.1f", value);
  }

  static String colour(int index) {
    return PALETTE[Math.floorMod(index, PALETTE.length)];
  }

  /** The opening tag: an image with a title screen readers announce. */
  static void open(StringBuilder out, String id, String title, int width, int height) {
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart\" role=\"img\"")
        .append(" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" aria-labelledby=\"")
        .append(escape(id))
        .append("\"><title id=\"")
        .append(escape(id))
        .append("\">")
        .append(escape(title))
        .append("</title>");
  }

  static void text(
      StringBuilder out, double x, double y, String anchor, String cssClass, String text) {
    out.append("<text x=\"")
        .append(num(x))
        .append("\" y=\"")
        .append(num(y))
        .append("\" text-anchor=\"")
        .append(anchor)
        .append("\" class=\"")
        .append(cssClass)
        .append("\" fill=\"")
        .append(INK)
        .append("\">")
        .append(escape(text))
        .append("</text>");
  }
}
