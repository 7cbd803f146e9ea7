package com.storefront.qa.review.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigurationException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the OIDC settings the console needs when OIDC is on, at start-up, naming the missing key:
 * the client id and the client secret (from a Secret: {@code QUARKUS_OIDC_CREDENTIALS_SECRET}); and
 * that the tenant is a web-app (authorization code flow), since the console has no bearer-token
 * clients. Quarkus checks the identity provider's URL itself.
 */
@ApplicationScoped
public class OidcSettings {
  @ConfigProperty(name = OidcSwitch.TENANT_ENABLED, defaultValue = "false")
  boolean enabled;

  @ConfigProperty(name = "quarkus.oidc.client-id")
  Optional<String> clientId;

  @ConfigProperty(name = "quarkus.oidc.credentials.secret")
  Optional<String> secret;

  @ConfigProperty(name = "quarkus.oidc.application-type", defaultValue = "service")
  String applicationType;

  /** Whether staff can sign in with OpenID Connect. */
  public boolean enabled() {
    return enabled;
  }

  void check(@Observes StartupEvent event) {
    if (!enabled) {
      return;
    }
    require(clientId, "quarkus.oidc.client-id (QUARKUS_OIDC_CLIENT_ID)");
    require(secret, "quarkus.oidc.credentials.secret (QUARKUS_OIDC_CREDENTIALS_SECRET, a secret)");
    if (!Set.of("web-app", "web_app").contains(applicationType)) {
      throw new ConfigurationException(
          "quarkus.oidc.application-type must be web-app for the console (got "
              + applicationType
              + ")");
    }
  }

  private static void require(Optional<String> value, String key) {
    if (value.isEmpty() || value.get().isBlank()) {
      throw new ConfigurationException(key + " must be set when OIDC is on");
    }
  }
}
