package com.storefront.qa.review.security;

import com.storefront.qa.review.app.ConsoleConfig;
import io.quarkus.elytron.security.common.BcryptUtil;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.UsernamePasswordAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Checks a form login against {@code console_users}: bcrypt, lock-out after {@code
 * qa.console.login.max-failures} failures in a row for {@code qa.console.login.lock-duration}. The
 * identity carries the role names held in any shop (for {@code @RolesAllowed}) and the per-shop
 * {@link Grants} (attribute {@link Grants#ATTRIBUTE}), which {@link ShopAccess} checks. A locked,
 * disabled or unknown account fails exactly like a wrong password, so the login page tells an
 * attacker nothing.
 */
@ApplicationScoped
public class ConsoleIdentityProvider
    implements IdentityProvider<UsernamePasswordAuthenticationRequest> {
  private static final Logger LOG = Logger.getLogger(ConsoleIdentityProvider.class);

  /** Checked when the user does not exist, so both cases cost one bcrypt verification. */
  private static final String DUMMY_HASH =
      BcryptUtil.bcryptHash("not-a-password", UserStore.BCRYPT_COST);

  @Inject UserStore users;
  @Inject ConsoleConfig config;

  @Override
  public Class<UsernamePasswordAuthenticationRequest> getRequestType() {
    return UsernamePasswordAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      UsernamePasswordAuthenticationRequest request, AuthenticationRequestContext context) {
    String username = request.getUsername();
    String password = new String(request.getPassword().getPassword());
    return context.runBlocking(() -> check(username, password));
  }

  private SecurityIdentity check(String username, String password) {
    Optional<StaffUser> found = users.find(username);
    if (found.isEmpty()) {
      UserStore.matches(password, DUMMY_HASH);
      throw new AuthenticationFailedException("login failed");
    }
    StaffUser user = found.get();
    if (!user.enabled() || user.lockedAt(Instant.now())) {
      UserStore.matches(password, DUMMY_HASH);
      LOG.infof(
          "login refused for %s: account %s", username, user.enabled() ? "locked" : "disabled");
      throw new AuthenticationFailedException("login failed");
    }
    if (!UserStore.matches(password, user.passwordHash())) {
      boolean locked =
          users.recordFailure(
              username, config.login().maxFailures(), config.login().lockDuration());
      if (locked) {
        LOG.warnf(
            "account %s locked after %d failed logins", username, config.login().maxFailures());
      }
      throw new AuthenticationFailedException("login failed");
    }
    users.recordSuccess(username);
    return identity(username, user.grants());
  }

  /** The identity of a logged-in member with these grants. */
  public static SecurityIdentity identity(String username, Grants grants) {
    return withGrants(
            QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(username)), grants)
        .build();
  }

  /**
   * Adds {@code grants} (attribute {@link Grants#ATTRIBUTE}) and the role names they include in any
   * shop (for {@code @RolesAllowed}) to {@code b}; {@link ShopAccess} checks the shop.
   */
  static QuarkusSecurityIdentity.Builder withGrants(
      QuarkusSecurityIdentity.Builder b, Grants grants) {
    b.addAttribute(Grants.ATTRIBUTE, grants);
    grants
        .strongest()
        .ifPresent(
            top -> {
              for (Role r : Role.values()) {
                if (top.includes(r)) {
                  b.addRole(r.roleName());
                }
              }
            });
    return b;
  }
}
