package com.storefront.qa.review.api;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import java.util.List;
import java.util.Map;

/**
 * The console with OIDC on, against Quarkus' OIDC test server (WireMock, offline), configured with
 * exactly the properties the chart's {@code reviewConsole.oidc} values write: the identity
 * provider's URL, the client id and the client secret; nothing switches the tenant on but the URL.
 */
public class OidcProfile implements QuarkusTestProfile {
  static final String CLIENT_ID = "storefront-qa-console";

  /** A test-only client secret (>= 32 characters, so it also keys the session cookie). */
  static final String CLIENT_SECRET = "INSECURE-test-only-oidc-client-secret-0123456789";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "quarkus.oidc.auth-server-url",
        "${keycloak.url}/realms/quarkus/",
        "quarkus.oidc.client-id",
        CLIENT_ID,
        "quarkus.oidc.credentials.secret",
        CLIENT_SECRET,
        "qa.console.oidc.grants-claim",
        "groups");
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of(new TestResourceEntry(OidcWiremockTestResource.class));
  }
}
