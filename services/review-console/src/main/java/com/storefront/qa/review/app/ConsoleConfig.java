package com.storefront.qa.review.app;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * The console's configuration ({@code qa.console.*}), checked at start-up (a bad value stops the
 * application naming the key). See docs/review-console-api.md.
 */
@ConfigMapping(prefix = "qa.console")
public interface ConsoleConfig {
  Login login();

  Claim claim();

  Relay relay();

  FirstAdmin firstAdmin();

  Oidc oidc();

  /**
   * Whether the session and CSRF cookies carry {@code Secure}. True in production (the console is
   * served over TLS, also behind an ingress); the tests run on plain HTTP.
   */
  @WithDefault("true")
  boolean secureCookies();

  /** Login lock-out. */
  interface Login {
    /** Failed logins in a row that lock an account. */
    @WithDefault("5")
    @Min(1)
    @Max(100)
    int maxFailures();

    /** How long a locked account stays locked. */
    @WithDefault("15m")
    Duration lockDuration();
  }

  /** Claims on review items. */
  interface Claim {
    /** How long a claim holds without renewal. */
    @WithDefault("5m")
    Duration lease();
  }

  /** The outbox relay that publishes decisions to {@code qa.review.decisions.v1}. */
  interface Relay {
    @WithDefault("true")
    boolean enabled();

    /** Pause between polls of the outbox when it is empty. */
    @WithDefault("200ms")
    Duration interval();

    /**
     * Extra Kafka producer properties (security), e.g. {@code
     * qa.console.relay.producer."security.protocol"=SASL_SSL}.
     */
    Map<String, String> producer();
  }

  /**
   * The first administrator, created at start-up when no account exists yet. The password comes
   * from a secret ({@code QA_CONSOLE_FIRST_ADMIN_PASSWORD}); there is no default.
   */
  interface FirstAdmin {
    @WithDefault("admin")
    String username();

    Optional<String> password();
  }

  /**
   * How a staff member signed in with OpenID Connect gets console grants (OIDC itself is Quarkus'
   * {@code quarkus.oidc.*}; it is on when {@code quarkus.oidc.auth-server-url} is set). The ID
   * token's principal ({@code quarkus.oidc.token.principal-claim}, by default {@code upn}, then
   * {@code preferred_username}, then {@code sub}) names the console account whose grants apply.
   */
  interface Oidc {
    /**
     * A claim of the ID token (e.g. {@code groups}) whose values {@code <shop>:<role>} add grants,
     * {@code shop-a:reviewer} or {@code *:viewer}; other values are ignored. Empty: only the grants
     * of the console account the principal names.
     */
    Optional<@Pattern(regexp = "[A-Za-z0-9_.:/-]{1,100}") String> grantsClaim();
  }
}
