package com.storefront.qa.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ConsoleSmokeIT extends BrowserTestBase {

  @Test
  void signInAndSeeAHeldDraft() {
    String user = reviewer("smoke", "shop-smoke");
    fixtures.insertHeld(
        "q-smoke-1",
        "shop-smoke",
        "Linen shirt",
        "When does it ship?",
        "It ships tomorrow, guaranteed.",
        "[{\"code\":\"DEFINITIVE_CLAIM\",\"evidence\":\"guaranteed\",\"start\":19,\"end\":29}]",
        Duration.ofHours(20));
    Page page = signIn(user, "en-US");
    assertThat(page.locator("#queue-table")).containsText("When does it ship?");
    browser().assertAccessible(page);
    page.locator("a.item-link").first().click();
    assertThat(page.locator("#draft mark")).hasText("guaranteed");
    browser().assertAccessible(page);
  }
}
