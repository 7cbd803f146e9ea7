package com.storefront.qa.chart;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The review console gets its staff secrets from Secrets: the first administrator's password and
 * the session key that lets a login survive a restart and move between replicas. The minimal
 * scenario creates no account (there is no default password).
 */
class ConsoleSecretsTest {
  @Test
  void firstAdminPasswordAndSessionKeyComeFromSecrets() {
    List<EnvVar> env = consoleEnv(Rendered.of("console-oidc-ingress"));
    assertThat(value(env, "QA_CONSOLE_FIRST_ADMIN_USERNAME")).isEqualTo("ops-admin");
    assertThat(secret(env, "QA_CONSOLE_FIRST_ADMIN_PASSWORD"))
        .isEqualTo("storefront-qa-console-admin/password");
    assertThat(secret(env, "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY"))
        .isEqualTo("storefront-qa-session/encryption-key");
  }

  @Test
  void oidcProviderAndClientAreValuesAndTheClientSecretComesFromASecret() {
    ServiceEnv env = ServiceEnv.of(Rendered.of("console-oidc-ingress"), "review-console");
    assertThat(env.value("QUARKUS_OIDC_TENANT_ENABLED")).isEqualTo("true");
    assertThat(env.value("QUARKUS_OIDC_AUTH_SERVER_URL"))
        .isEqualTo("https://idp.example.com/realms/storefront");
    assertThat(env.value("QUARKUS_OIDC_CLIENT_ID")).isEqualTo("storefront-qa-console");
    assertThat(env.secret("QUARKUS_OIDC_CREDENTIALS_SECRET"))
        .isEqualTo("storefront-qa-oidc/client-secret");
    assertThat(Rendered.of("console-oidc-ingress").properties("review-console"))
        .contains("quarkus.oidc.application-type=web-app");
  }

  @Test
  void withoutOidcTheDefaultTenantIsOff() {
    ServiceEnv env = ServiceEnv.of(Rendered.of("minimal"), "review-console");
    assertThat(env.value("QUARKUS_OIDC_TENANT_ENABLED")).isEqualTo("false");
    assertThat(env.names())
        .doesNotContain(
            "QUARKUS_OIDC_AUTH_SERVER_URL",
            "QUARKUS_OIDC_CLIENT_ID",
            "QUARKUS_OIDC_CREDENTIALS_SECRET");
    assertThat(Rendered.of("minimal").properties("review-console")).doesNotContain("quarkus.oidc");
  }

  @Test
  void withoutASecretNoAccountIsConfigured() {
    List<EnvVar> env = consoleEnv(Rendered.of("minimal"));
    assertThat(env).extracting(EnvVar::getName).doesNotContain("QA_CONSOLE_FIRST_ADMIN_PASSWORD");
  }

  private static List<EnvVar> consoleEnv(Rendered r) {
    Deployment d = (Deployment) r.get("Deployment", "-review-console").model();
    Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
    return c.getEnv();
  }

  private static String value(List<EnvVar> env, String name) {
    return env.stream().filter(e -> e.getName().equals(name)).findFirst().orElseThrow().getValue();
  }

  private static String secret(List<EnvVar> env, String name) {
    var ref =
        env.stream()
            .filter(e -> e.getName().equals(name))
            .findFirst()
            .orElseThrow(() -> new AssertionError(name + " is not set"))
            .getValueFrom()
            .getSecretKeyRef();
    return ref.getName() + "/" + ref.getKey();
  }
}
