package com.storefront.qa.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Every page in Chromium: the axe-core basics (labels, contrast, names, focus order), the SLA
 * colours, filters and search, the keyboard help, Korean text, and the analytics charts. Writes the
 * screenshots docs/review-console.md shows.
 */
@QuarkusTest
class PagesIT extends BrowserTestBase {
  private static final String DRAFT = "It ships tomorrow, guaranteed.";
  private static final String REASONS =
      "[{\"code\":\"DEFINITIVE_CLAIM\",\"evidence\":\"guaranteed\",\"start\":19,\"end\":29}]";

  @Test
  void theLoginPageIsAccessibleInBothLanguages() {
    for (String locale : new String[] {"en-US", "ko-KR"}) {
      Page page = browser().newPage(locale);
      page.navigate(url("/login"));
      assertThat(page.locator("html")).hasAttribute("lang", locale.substring(0, 2));
      browser().assertAccessible(page);
      page.locator("#j_username").fill("nobody-" + locale);
      page.locator("#j_password").fill("wrong-password-123");
      page.locator("#login").click();
      assertThat(page.locator("#login-error")).isVisible();
      browser().assertAccessible(page);
    }
    // The failed logins answer with the error page; nothing else may have gone wrong.
    assertThat(browser().drain()).allMatch(p -> p.contains("401") || p.contains("login"));
  }

  @Test
  void theQueueShowsSlaColoursFiltersSearchesAndHelps() {
    String shop = "hanbit-market-" + UUID.randomUUID().toString().substring(0, 4);
    String user = reviewer("mina", shop);
    fixtures.insertWaiting(
        "q-w-" + shop,
        shop,
        "무드등",
        "밝기 조절 되나요? 답변이 아직 없어요.",
        "네, 3단계로 조절됩니다. 무조건 됩니다.",
        Duration.ofHours(3));
    fixtures.insertHeld(
        "q-ok-" + shop,
        shop,
        "Linen shirt",
        "Does it shrink in the wash?",
        DRAFT,
        REASONS,
        Duration.ofHours(2));
    fixtures.insertHeld(
        "q-near-" + shop, shop, "Desk lamp", "Can I dim it?", DRAFT, REASONS, Duration.ofHours(20));
    UUID late =
        fixtures.insertHeld(
            "q-late-" + shop,
            shop,
            "Rain jacket",
            "Is it waterproof?",
            "Yes, it is 100% waterproof, guaranteed for life.",
            "[{\"code\":\"DEFINITIVE_CLAIM\",\"evidence\":\"100% waterproof\",\"start\":11,\"end\":26},"
                + "{\"code\":\"WARRANTY_PROMISE\",\"evidence\":\"guaranteed for life\",\"start\":28,\"end\":47}]",
            Duration.ofHours(30));
    Page page = signIn(user, "en-US");
    assertThat(page.locator("#queue-table tr.row")).hasCount(4);
    // Customers with no reply at all come first, then the oldest.
    assertThat(page.locator("#queue-table tr.row").first()).containsText("밝기 조절");
    assertThat(page.locator("#queue-table tr.row").first().locator(".badge.waiting")).isVisible();
    assertThat(page.locator("#queue-table tr.row").nth(1)).containsText("Is it waterproof?");
    assertThat(page.locator("#queue-table tr.sla-breached")).containsText("Is it waterproof?");
    assertThat(page.locator("#queue-table tr.sla-near")).containsText("Can I dim it?");
    assertThat(page.locator("#queue-table tr.sla-breached .sla-word")).hasText("Past target");
    assertThat(page.locator("#count-held")).hasText("4");
    browser().assertAccessible(page);
    browser().screenshot(page, "queue");

    page.locator("body").press("/");
    assertThat(page.locator("#search")).isFocused();
    page.locator("#search").fill("dim");
    page.locator("#search").press("Enter");
    assertThat(page.locator("#queue-table tr.row")).hasCount(1);
    assertThat(page.locator("#queue-table")).containsText("Can I dim it?");

    page.navigate(url("/queue?sla=BREACHED"));
    assertThat(page.locator("#queue-table tr.row")).hasCount(1);
    page.navigate(url("/queue?reason=WARRANTY_PROMISE"));
    assertThat(page.locator("#queue-table tr.row")).hasCount(1);
    page.navigate(url("/queue?age=10"));
    assertThat(page.locator("#queue-table tr.row")).hasCount(2);

    page.locator("body").press("?");
    assertThat(page.locator("#help")).isVisible();
    browser().assertAccessible(page);
    page.keyboard().press("Escape");
    assertThat(page.locator("#help")).not().isVisible();

    page.navigate(url("/items/" + late));
    assertThat(page.locator("#draft mark")).hasCount(2);
    assertThat(page.locator("#holder")).containsText(user);
    browser().assertAccessible(page);
    browser().screenshot(page, "item");
  }

  @Test
  void theConsoleSpeaksKorean() {
    String shop = "shop-ko";
    String user = reviewer("ko", shop);
    fixtures.insertHeld(
        "q-ko-" + UUID.randomUUID(),
        shop,
        "무드등",
        "밝기 조절 되나요?",
        "네, 무조건 됩니다.",
        "[]",
        Duration.ofHours(1));
    Page page = signIn(user, "ko-KR");
    assertThat(page.locator("html")).hasAttribute("lang", "ko");
    assertThat(page.locator("h1")).hasText("보류된 초안");
    assertThat(page.locator("#queue-table .sla-word")).hasText("기한 내");
    browser().assertAccessible(page);
    page.navigate(url("/queue?lang=en"));
    assertThat(page.locator("h1")).hasText("Held drafts");
    page.navigate(url("/queue"));
    assertThat(page.locator("h1")).hasText("Held drafts");
  }

  @Test
  void analyticsArePictures() {
    String shop = "shop-analytics";
    String user = reviewer("analyst", shop);
    Instant now = Instant.now();
    for (int day = 0; day < 7; day++) {
      for (int n = 0; n < 6; n++) {
        String q = "q-an-" + day + "-" + n + "-" + UUID.randomUUID().toString().substring(0, 4);
        Instant asked = now.minus(Duration.ofDays(day)).minus(Duration.ofMinutes(30 + n));
        fixtures.insertQuestion(q, shop, "question " + n, asked);
        if (n < 3 + day % 3) {
          fixtures.insertAnswer(q, shop, 1, "MODEL", "model reply", asked.plusSeconds(20 + n * 7));
        } else {
          fixtures.insertAnswer(q, shop, 1, "FALLBACK", "We will check.", asked.plusSeconds(2));
          fixtures.insertTask(
              q,
              shop,
              n % 2 == 0 ? "[{\"code\":\"DEFINITIVE_CLAIM\"}]" : "[{\"code\":\"PII_PHONE\"}]",
              asked.plusSeconds(1));
          if (day > 0) {
            fixtures.insertAnswer(
                q, shop, 2, "STAFF", "Staff answer", asked.plus(Duration.ofHours(2 + day * 5L)));
          }
        }
      }
    }
    Page page = signIn(user, "en-US");
    page.navigate(url("/analytics"));
    assertThat(page.locator("svg.chart")).hasCount(5);
    assertThat(page.locator("#chart-hold-reasons")).hasText("Hold reasons");
    assertThat(page.locator("svg.chart circle").first()).isAttached();
    assertThat(
            page.locator("svg.chart rect title", new Page.LocatorOptions().setHasText("PII_PHONE")))
        .hasCount(1);
    assertThat(
            page.locator(
                "svg.chart rect title", new Page.LocatorOptions().setHasText("DEFINITIVE_CLAIM")))
        .hasCount(1);
    browser().assertAccessible(page);
    browser().screenshot(page, "analytics");
    assertThat(page.locator("select[name=shop] option")).containsText(new String[] {"Any", shop});
  }
}
