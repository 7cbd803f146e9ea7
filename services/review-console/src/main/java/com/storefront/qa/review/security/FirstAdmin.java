package com.storefront.qa.review.security;

import com.storefront.qa.review.app.ConsoleConfig;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Creates the first administrator (role admin in every shop) when the console has no account yet,
 * from {@code qa.console.first-admin.username} and the password in {@code
 * qa.console.first-admin.password} (a secret: {@code QA_CONSOLE_FIRST_ADMIN_PASSWORD}). Without a
 * password nothing is created and the log says how to set one; there is no default password.
 */
@ApplicationScoped
public class FirstAdmin {
  private static final Logger LOG = Logger.getLogger(FirstAdmin.class);

  @Inject ConsoleConfig config;
  @Inject UserStore users;

  void onStart(@Observes @Priority(100) StartupEvent event) {
    if (users.count() > 0) {
      return;
    }
    var password = config.firstAdmin().password();
    if (password.isEmpty()) {
      LOG.warn(
          "the console has no account: set QA_CONSOLE_FIRST_ADMIN_PASSWORD (a secret, >= "
              + UserStore.MIN_PASSWORD_LENGTH
              + " characters) to create the first administrator");
      return;
    }
    String name = config.firstAdmin().username();
    users.create(name, password.get(), new Grants(Map.of(Grants.ALL_SHOPS, Role.ADMIN)));
    LOG.infof("first administrator %s created", name);
  }
}
