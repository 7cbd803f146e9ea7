package com.storefront.qa.review.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType.LaunchOptions;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.ScreenshotCaret;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Debian's Chromium driven by Playwright, launched once per test class, with every context it opens
 * watched: a JavaScript dialog, a console error, an uncaught page error or a request to any host
 * but the console's is recorded, and {@link #assertClean()} fails on any of them. That is how the
 * browser tests see a script that ran where only text was allowed.
 */
final class ConsoleBrowser implements AutoCloseable {
  /** Where Debian installs Chromium; {@code QA_CHROMIUM} points elsewhere. */
  static final Path CHROMIUM =
      Paths.get(System.getenv().getOrDefault("QA_CHROMIUM", "/usr/bin/chromium"));

  private final Playwright playwright;
  private final Browser chromium;
  private final String host;
  private final List<String> problems = Collections.synchronizedList(new ArrayList<>());
  private final List<BrowserContext> contexts = new ArrayList<>();

  private ConsoleBrowser(String baseUrl) {
    if (!Files.isExecutable(CHROMIUM)) {
      throw new IllegalStateException(
          "no Chromium at " + CHROMIUM + ": apt-get install chromium (or set QA_CHROMIUM)");
    }
    host = URI.create(baseUrl).getHost();
    // The driver comes from Maven Central; no browser is ever downloaded.
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    chromium =
        playwright
            .chromium()
            .launch(
                new LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-background-networking",
                            "--disable-component-update")));
  }

  /** Launches Chromium for a console served at {@code baseUrl}. */
  static ConsoleBrowser launch(String baseUrl) {
    return new ConsoleBrowser(baseUrl);
  }

  /** A fresh context (its own cookies: one reviewer) in the given language, watched. */
  Page newPage(String locale) {
    BrowserContext context =
        chromium.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 900));
    context.setDefaultTimeout(10_000);
    context.onRequest(
        request -> {
          String url = request.url();
          if (url.startsWith("data:") || url.startsWith("about:")) {
            return;
          }
          String requested = URI.create(url).getHost();
          if (!host.equals(requested)) {
            problems.add("request to a foreign host: " + url);
          }
        });
    context.onResponse(
        response -> {
          if (response.status() >= 400) {
            problems.add("HTTP " + response.status() + " for " + response.url());
          }
        });
    contexts.add(context);
    Page page = context.newPage();
    page.onDialog(
        dialog -> {
          problems.add("dialog " + dialog.type() + ": " + dialog.message());
          dialog.dismiss();
        });
    page.onConsoleMessage(
        message -> {
          if ("error".equals(message.type())) {
            problems.add("console error: " + message.text());
          }
        });
    page.onPageError(error -> problems.add("page error: " + error));
    return page;
  }

  /** Fails with every dialog, console error and foreign request seen since the last call. */
  void assertClean() {
    List<String> seen;
    synchronized (problems) {
      seen = List.copyOf(problems);
      problems.clear();
    }
    assertThat(seen).as("dialogs, console errors and foreign requests").isEmpty();
  }

  /** Forgets what was seen so far (e.g. the expected 409 a conflict test provokes). */
  List<String> drain() {
    synchronized (problems) {
      List<String> seen = List.copyOf(problems);
      problems.clear();
      return seen;
    }
  }

  /**
   * Runs axe-core on the page for the WCAG 2 A and AA basics (labels, contrast, names, landmarks,
   * focus order) and fails listing every violation with the elements it found.
   */
  static void assertAccessible(Page page) {
    AxeResults results =
        new AxeBuilder(page)
            .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa"))
            .analyze();
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            "axe-core violations on %s:%n%s",
            page.url(),
            violations.stream()
                .map(
                    v ->
                        v.getId()
                            + ": "
                            + v.getHelp()
                            + " at "
                            + v.getNodes().stream()
                                .map(n -> String.valueOf(n.getTarget()))
                                .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  /** Writes a screenshot of the page into the docs' image folder, for docs/review-console.md. */
  Path screenshot(Page page, String name) {
    Path dir = docsImages();
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Path file = dir.resolve(name + ".png");
    // caret INITIAL: Playwright's default hides the caret with an injected style.
    tooling(
        page,
        () ->
            page.screenshot(
                new Page.ScreenshotOptions()
                    .setPath(file)
                    .setFullPage(true)
                    .setCaret(ScreenshotCaret.INITIAL)));
    return file;
  }

  /**
   * Runs a test tool inside the page (axe-core, Playwright's screenshot). Both add inline styles of
   * their own, which the console's CSP rightly blocks and Chromium reports as console errors: those
   * reports, and only those, raised while the tool runs (and half a second after) are not the
   * console's and are dropped. Every other test step keeps failing on any CSP report.
   */
  private <T> T tooling(Page page, Supplier<T> tool) {
    int before;
    synchronized (problems) {
      before = problems.size();
    }
    T result = tool.get();
    // The browser reports the blocked style a moment after the tool's call returns.
    page.waitForTimeout(500);
    synchronized (problems) {
      List<String> added = new ArrayList<>(problems.subList(before, problems.size()));
      problems.subList(before, problems.size()).clear();
      added.stream()
          .filter(p -> !p.contains("Applying inline style violates"))
          .forEach(problems::add);
    }
    return result;
  }

  /** docs/images/review-console of the repository, found from the module's working directory. */
  static Path docsImages() {
    Path here = Paths.get("").toAbsolutePath();
    for (Path p = here; p != null; p = p.getParent()) {
      if (Files.isDirectory(p.resolve("docs")) && Files.exists(p.resolve("mvnw"))) {
        return p.resolve("docs/images/review-console");
      }
    }
    throw new IllegalStateException("no repository root above " + here);
  }

  @Override
  public void close() {
    contexts.forEach(BrowserContext::close);
    chromium.close();
    playwright.close();
  }
}
