package com.storefront.qa.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.SelectOption;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ModerationReason;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A reviewer's work in real Chromium against the real console, broker, PostgreSQL and orchestrator
 * topology: every publishing decision must come out as exactly one STAFF revision on
 * storefront.answers.v1, numbered by the orchestrator after the acknowledgement.
 */
@QuarkusTest
class ConsoleFlowsIT extends BrowserTestBase {
  private static final Duration WAIT = Duration.ofSeconds(45);
  private static final Duration QUIET = Duration.ofSeconds(3);
  private static final String DRAFT = "It ships tomorrow, guaranteed.";
  private static final List<ModerationReason> REASONS =
      List.of(new ModerationReason("DEFINITIVE_CLAIM", "guaranteed", 19, 29));

  private static Orchestrator orchestrator;

  @BeforeEach
  void startOrchestrator() {
    if (orchestrator == null) {
      orchestrator = Orchestrator.start(bootstrap);
    }
  }

  @AfterAll
  static void stopOrchestrator() {
    if (orchestrator != null) {
      orchestrator.close();
      orchestrator = null;
    }
  }

  private static String id(String what) {
    return "q-" + what + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  /** The STAFF revisions of a question, after its acknowledgement and any STAFF ones. */
  private List<AnswerEvent> staff(String questionId, int expectedTotal) {
    return orchestrator.answers(questionId, expectedTotal, WAIT, QUIET).stream()
        .filter(a -> a.source() == AnswerSource.STAFF)
        .toList();
  }

  @Test
  void aHeldDraftAppearsWithoutReloadAndTheKeyboardApprovesItOnce() {
    String shop = "shop-live-" + UUID.randomUUID().toString().substring(0, 6);
    String user = reviewer("live", shop);
    Page page = signIn(user, "en-US");
    page.evaluate("() => { window.notReloaded = true; }");
    String q = id("live");
    fixtures.publish(q, shop, "Linen shirt", "Does it shrink in the wash?", DRAFT, REASONS);

    assertThat(page.locator("#queue-table")).containsText("Does it shrink in the wash?");
    assertThat(page.evaluate("() => window.notReloaded === true")).isEqualTo(true);

    page.locator("body").press("j");
    assertThat(page.locator("#queue-table tr.row.selected")).containsText("Does it shrink");
    page.keyboard().press("a");
    assertThat(page.locator("#queue-table .notice")).containsText("1 done");

    List<AnswerEvent> staff = staff(q, 2);
    assertThat(staff).hasSize(1);
    assertThat(staff.get(0).text()).isEqualTo(DRAFT);
    assertThat(staff.get(0).reviewer()).isEqualTo(user);
    assertThat(staff.get(0).revision()).isEqualTo(2);
  }

  @Test
  void editAndPublishShowsTheDiffAndPublishesTheEditOnce() throws Exception {
    String shop = "shop-edit";
    String user = reviewer("edit", shop);
    String q = id("edit");
    fixtures.publish(q, shop, "Desk lamp", "Can I dim it?", DRAFT, REASONS);
    UUID item = fixtures.itemOf(q, WAIT);
    Page page = signIn(user, "en-US");
    page.navigate(url("/items/" + item));
    assertThat(page.locator("#draft mark")).hasText("guaranteed");
    page.locator("body").press("e");
    assertThat(page.locator("#edit-text")).isFocused();
    page.locator("#edit-text").fill("It usually ships within two days.");
    page.locator("#publish").click();
    assertThat(page.locator("#notice")).containsText("Done");
    assertThat(page.locator("#diff del", new Page.LocatorOptions().setHasText("guaranteed")))
        .hasCount(1);
    assertThat(page.locator("#diff ins", new Page.LocatorOptions().setHasText("usually")))
        .hasCount(1);

    List<AnswerEvent> staff = staff(q, 2);
    assertThat(staff)
        .extracting(AnswerEvent::text)
        .containsExactly("It usually ships within two days.");
  }

  @Test
  void rejectKeepsTheAcknowledgementAndPublishesNothing() throws Exception {
    String shop = "shop-reject";
    String user = reviewer("reject", shop);
    String q = id("reject");
    fixtures.publish(q, shop, "Kettle", "Is it safe for kids?", DRAFT, REASONS);
    UUID item = fixtures.itemOf(q, WAIT);
    Page page = signIn(user, "en-US");
    page.navigate(url("/items/" + item));
    page.locator("body").press("r");
    assertThat(page.locator("#reject-reason")).isFocused();
    page.locator("#reject-reason").selectOption(new SelectOption().setValue("WRONG_FACTS"));
    page.locator("#reject").click();
    assertThat(page.locator("#notice")).containsText("Done");
    // Still owed the real answer: the page now offers the follow-up answer.
    assertThat(page.locator("#answer-text")).isVisible();
    assertThat(page.locator("#history")).containsText("WRONG_FACTS");

    assertThat(orchestrator.answers(q, 1, WAIT, QUIET))
        .extracting(AnswerEvent::source)
        .containsExactly(AnswerSource.FALLBACK);
  }

  @Test
  void theFollowUpAnswerToAnAutoAnsweredQuestionIsPublishedOnce() throws Exception {
    String shop = "shop-follow";
    String user = reviewer("follow", shop);
    String q = id("follow");
    fixtures.publish(q, shop, "Wool scarf", "Is it itchy?", null, List.of());
    UUID item = fixtures.itemOf(q, WAIT);
    Page page = signIn(user, "en-US");
    page.navigate(url("/queue?queue=followup"));
    assertThat(page.locator("#queue-table")).containsText("Is it itchy?");
    page.navigate(url("/items/" + item));
    assertThat(page.locator("#customer-sees")).not().containsText("Nothing yet");
    page.locator("#answer-text").fill("It is soft merino; most customers find it not itchy.");
    page.locator("#answer").click();
    assertThat(page.locator("#notice")).containsText("Done");

    List<AnswerEvent> staff = staff(q, 2);
    assertThat(staff)
        .extracting(AnswerEvent::text)
        .containsExactly("It is soft merino; most customers find it not itchy.");
  }

  @Test
  void bulkApproveOfThree() throws Exception {
    String shop = "shop-bulk-" + UUID.randomUUID().toString().substring(0, 6);
    String user = reviewer("bulk", shop);
    List<String> ids = List.of(id("bulk1"), id("bulk2"), id("bulk3"));
    for (String q : ids) {
      fixtures.publish(q, shop, "Mug " + q, "Dishwasher safe? " + q, DRAFT, REASONS);
    }
    for (String q : ids) {
      fixtures.itemOf(q, WAIT);
    }
    Page page = signIn(user, "en-US");
    assertThat(page.locator("#queue-table input[name=item]")).hasCount(3);
    for (int i = 0; i < 3; i++) {
      page.locator("#queue-table input[name=item]").nth(i).check();
    }
    page.locator("#bulk-approve").click();
    assertThat(page.locator("#queue-table .notice")).containsText("3 done");
    assertThat(page.locator("#queue-table input[name=item]")).hasCount(0);
    for (String q : ids) {
      assertThat(staff(q, 2)).as(q).hasSize(1);
    }
  }

  @Test
  void aSecondReviewerSeesTheHolderAndGetsTheConflict() throws Exception {
    String shop = "shop-conflict";
    String first = reviewer("mina", shop);
    String second = reviewer("joon", shop);
    String q = id("conflict");
    fixtures.publish(q, shop, "Rain jacket", "Is it waterproof?", DRAFT, REASONS);
    UUID item = fixtures.itemOf(q, WAIT);

    Page a = signIn(first, "en-US");
    a.navigate(url("/items/" + item));
    assertThat(a.locator("#holder")).containsText(first);

    Page b = signIn(second, "en-US");
    b.navigate(url("/items/" + item));
    assertThat(b.locator("#holder")).containsText("Held by " + first);
    assertThat(b.locator("#viewers")).containsText(first);
    b.locator("#approve").click();
    assertThat(b.locator("#conflict")).containsText("changed while you were looking");
    assertThat(b.locator("#holder")).containsText(first);
    browser().screenshot(b, "conflict");
    // The refused approve answered 409, which the browser logs; that one is expected.
    assertThat(browser().drain()).allMatch(p -> p.contains("409"));

    a.locator("#approve").click();
    assertThat(a.locator("#notice")).containsText("Done");
    assertThat(staff(q, 2)).extracting(AnswerEvent::reviewer).containsExactly(first);
  }
}
