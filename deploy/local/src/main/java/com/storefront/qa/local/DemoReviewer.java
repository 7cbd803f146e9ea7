package com.storefront.qa.local;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * The local stack's demo reviewer for the review console: on the first start of a work dir a random
 * password is made, handed to the console as its first administrator's secret ({@code
 * QA_CONSOLE_FIRST_ADMIN_PASSWORD}, in the environment, not on the command line) and printed once
 * in the banner. Only the user name is kept (so later starts know the account exists); the console
 * keeps only a bcrypt hash. {@code bin/run-local --fresh} makes a new account and password.
 *
 * @param password present only on the start that creates the account
 */
record DemoReviewer(String username, Optional<String> password) {
  static final String USERNAME = "demo";
  static final String MARKER = "console-demo-user";

  /** The demo account for {@code work}: a new password the first time, none afterwards. */
  static DemoReviewer prepare(Path work) throws IOException {
    Path marker = work.resolve(MARKER);
    if (Files.exists(marker)) {
      return new DemoReviewer(
          Files.readString(marker, StandardCharsets.UTF_8).trim(), Optional.empty());
    }
    byte[] bytes = new byte[18];
    new SecureRandom().nextBytes(bytes);
    String password = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    Files.createDirectories(work);
    Files.writeString(marker, USERNAME + "\n", StandardCharsets.UTF_8);
    return new DemoReviewer(USERNAME, Optional.of(password));
  }

  /** The banner line: the password the one time it exists, otherwise where it went. */
  String bannerLine(String consoleUrl) {
    return "   review console  "
        + consoleUrl
        + "  user "
        + username
        + password
            .map(p -> "  password " + p + "  (shown once)")
            .orElse("  (password shown at the first start; --fresh for a new one)");
  }
}
