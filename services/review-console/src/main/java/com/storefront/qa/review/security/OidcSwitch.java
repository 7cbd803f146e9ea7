package com.storefront.qa.review.security;

import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.PropertiesConfigSource;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.spi.ConfigSource;

/**
 * Turns Quarkus' OIDC tenant on exactly when a deployment names its identity provider ({@code
 * quarkus.oidc.auth-server-url}, which is what the chart sets with {@code reviewConsole.oidc}), and
 * leaves it off otherwise, so form login alone needs no OIDC setting at all and an OIDC deployment
 * needs no second switch that could disagree with the first. An explicit {@code
 * quarkus.oidc.tenant-enabled} (a property, {@code QUARKUS_OIDC_TENANT_ENABLED}) still wins: this
 * source's ordinal is below every file and the environment.
 */
public final class OidcSwitch implements ConfigSourceFactory {
  static final String TENANT_ENABLED = "quarkus.oidc.tenant-enabled";
  static final String AUTH_SERVER_URL = "quarkus.oidc.auth-server-url";

  /** Below application.properties (250), the config folder (260) and the environment (300). */
  static final int ORDINAL = 200;

  @Override
  public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
    ConfigValue url = context.getValue(AUTH_SERVER_URL);
    boolean named = url != null && url.getValue() != null && !url.getValue().isBlank();
    return List.of(
        new PropertiesConfigSource(
            Map.of(TENANT_ENABLED, String.valueOf(named)), "review-console OIDC switch", ORDINAL));
  }
}
