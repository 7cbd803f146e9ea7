package com.storefront.qa.review.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.storefront.qa.review.app.InfrastructureResource;
import com.storefront.qa.review.security.Grants;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.security.UserStore;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * What every browser test shares: the console on a real broker and PostgreSQL (the testkit's), one
 * Chromium per test class, reviewers made through the console's own user store, a login through the
 * real login form, and, after every test, the check that no dialog opened, no console error was
 * logged and no request left for a foreign host.
 */
@QuarkusTestResource(value = InfrastructureResource.class, restrictToAnnotatedClass = false)
abstract class BrowserTestBase {
  /**
   * A password long enough for the user store; the tests' accounts exist only in their database.
   */
  static final String PASSWORD = "browser-test-password-1";

  private static final AtomicInteger USERS = new AtomicInteger();
  private static ConsoleBrowser browser;

  @TestHTTPResource("/")
  URL base;

  @Inject UserStore users;
  @Inject DataSource db;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  Fixtures fixtures;

  @BeforeEach
  void startBrowser() {
    if (browser == null) {
      browser = ConsoleBrowser.launch(base.toString());
      // htmx polls every 2 s and Kafka-fed items take a moment: assertions wait up to 20 s.
      PlaywrightAssertions.setDefaultAssertionTimeout(20_000);
    }
    fixtures = new Fixtures(db, bootstrap);
  }

  @AfterEach
  void nothingRanThatShouldNot() {
    browser.assertClean();
  }

  @AfterAll
  static void closeBrowser() {
    if (browser != null) {
      browser.close();
      browser = null;
    }
  }

  ConsoleBrowser browser() {
    return browser;
  }

  /** The console URL of {@code path}. */
  String url(String path) {
    String b = base.toString();
    return (b.endsWith("/") ? b.substring(0, b.length() - 1) : b) + path;
  }

  /** A new reviewer of {@code shop} with a name unique in this run. */
  String reviewer(String prefix, String shop) {
    return user(prefix, shop, Role.REVIEWER);
  }

  String user(String prefix, String shop, Role role) {
    String name = prefix + "-" + USERS.incrementAndGet();
    users.create(name, PASSWORD, new Grants(Map.of(shop, role)));
    return name;
  }

  /** A fresh browser context signed in as {@code user} through the login form, on the queue. */
  Page signIn(String user, String locale) {
    Page page = browser.newPage(locale);
    page.navigate(url("/queue"));
    assertThat(page).hasURL(Pattern.compile(".*/login.*"));
    page.getByLabel(locale.startsWith("ko") ? "사용자 이름" : "User name").fill(user);
    page.locator("#j_password").fill(PASSWORD);
    page.locator("#login").click();
    assertThat(page).hasURL(Pattern.compile(".*/queue.*"));
    return page;
  }
}
