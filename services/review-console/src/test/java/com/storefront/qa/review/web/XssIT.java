package com.storefront.qa.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The XSS corpus in every place user or model text reaches a page: questions, drafts, product
 * names, evidence, and a reviewer's own edit. Each must render as the very text it is; the base
 * class fails the test on any dialog, console error, HTTP error or request to another host (the
 * payloads aim at evil.example).
 */
@QuarkusTest
class XssIT extends BrowserTestBase {
  private static final String NO_LIVE_MARKUP =
      """
      () => [...document.querySelectorAll('main *')].filter(e =>
        ['SCRIPT', 'IFRAME', 'OBJECT', 'EMBED', 'BASE', 'META', 'LINK', 'STYLE', 'IMG', 'VIDEO',
         'SVG', 'MATH', 'DETAILS', 'MARQUEE', 'BODY'].includes(e.tagName.toUpperCase())
        || [...e.attributes].some(a => a.name.startsWith('on')
             || /^\\s*javascript:/i.test(a.value)
             || (a.name.startsWith('hx-') && a.value.includes('evil')))).length
      """;

  @Test
  void everyPayloadRendersAsTextInTheQueueAndTheItemView() {
    String shop = "shop-xss-" + UUID.randomUUID().toString().substring(0, 6);
    String user = reviewer("xss", shop);
    List<UUID> items = new ArrayList<>();
    List<String> payloads = XssCorpus.PAYLOADS;
    assertThat(payloads).hasSizeGreaterThanOrEqualTo(30);
    for (int i = 0; i < payloads.size(); i++) {
      String p = payloads.get(i);
      String evidence =
          "[{\"code\":\"XSS_"
              + i
              + "\",\"evidence\":"
              + json(p)
              + ",\"start\":0,\"end\":"
              + Math.min(8, p.length())
              + "}]";
      items.add(
          fixtures.insertHeld(
              "q-xss-" + i + "-" + shop, shop, p, p, p, evidence, Duration.ofHours(i)));
    }
    Page page = signIn(user, "en-US");
    String table = page.locator("#queue-table").textContent();
    for (String p : payloads) {
      assertThat(table).as("queue shows %s as text", p).contains(excerpt(p));
    }
    assertThat(page.evaluate(NO_LIVE_MARKUP)).as("live markup in the queue").isEqualTo(0);
    assertThat(page.evaluate("() => document.scripts.length")).isEqualTo(2);
    browser().assertClean();

    for (int i = 0; i < items.size(); i++) {
      String p = payloads.get(i);
      page.navigate(url("/items/" + items.get(i)));
      assertThat(page.locator("p.question")).hasText(p);
      assertThat(page.locator("#item h1")).hasText(p);
      assertThat(page.locator("#draft")).hasText(p);
      assertThat(page.evaluate(NO_LIVE_MARKUP)).as("live markup for %s", p).isEqualTo(0);
      assertThat(page.evaluate("() => document.scripts.length")).isEqualTo(2);
      browser().assertClean();
    }
  }

  @Test
  void aReviewersHostileEditIsShownAsTextInTheHistoryAndTheDiff() {
    String shop = "shop-xss-edit";
    String user = reviewer("xss-edit", shop);
    UUID item =
        fixtures.insertHeld(
            "q-xss-edit-" + UUID.randomUUID(),
            shop,
            "Cup",
            "Is it big?",
            "It holds 300 ml.",
            "[]",
            Duration.ofMinutes(5));
    Page page = signIn(user, "en-US");
    page.navigate(url("/items/" + item));
    String edit = String.join(" ", XssCorpus.PAYLOADS.subList(0, 12));
    page.locator("#edit-text").fill(edit);
    page.locator("#publish").click();
    assertThat(page.locator("#notice")).containsText("Done");
    assertThat(page.locator("#history .history-text").last()).hasText(edit);
    assertThat(page.locator("#diff ins").first()).isVisible();
    assertThat(page.evaluate(NO_LIVE_MARKUP)).isEqualTo(0);
    page.reload();
    assertThat(page.locator("#history .history-text").last()).hasText(edit);
    assertThat(page.evaluate(NO_LIVE_MARKUP)).isEqualTo(0);
  }

  private static String excerpt(String p) {
    return p.codePointCount(0, p.length()) > 140 ? p.substring(0, 100) : p;
  }

  private static String json(String s) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
