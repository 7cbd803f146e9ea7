package com.storefront.qa.review.security;

import com.storefront.qa.review.app.ConsoleConfig;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Turns an OpenID Connect identity (the ID token of the web-app code flow) into a console member:
 * the grants of the console account its principal names, joined with the {@code <shop>:<role>}
 * values of {@code qa.console.oidc.grants-claim}, the stronger role per shop. The identity
 * provider's own roles are dropped, so a group that happens to be called {@code admin} grants
 * nothing. A disabled or locked account gets no grants at all, and an identity nobody granted
 * anything to reaches no data: it is signed in, but every shop answers 403 and every item 404. Runs
 * on every request (the code flow re-reads its session cookie each time), so a lock or a changed
 * grant applies at once, as with form login.
 */
@ApplicationScoped
public class OidcGrants implements SecurityIdentityAugmentor {
  @Inject UserStore users;
  @Inject ConsoleConfig config;

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    if (identity.isAnonymous()
        || identity.getAttribute(Grants.ATTRIBUTE) != null
        || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Uni.createFrom().item(identity);
    }
    return context.runBlocking(() -> member(identity, grants(token)));
  }

  /** The grants of the member {@code token} names. */
  Grants grants(JsonWebToken token) {
    String name = token.getName();
    Optional<StaffUser> account = name == null ? Optional.empty() : accountOf(token, name);
    if (account.isPresent()
        && (!account.get().enabled() || account.get().lockedAt(Instant.now()))) {
      return new Grants(Map.of());
    }
    Map<String, Role> byShop = new HashMap<>();
    account.ifPresent(a -> byShop.putAll(a.grants().byShop()));
    config
        .oidc()
        .grantsClaim()
        .ifPresent(
            claim ->
                ClaimGrants.parse(token.getClaim(claim))
                    .forEach((shop, role) -> byShop.merge(shop, role, Role::stronger)));
    return new Grants(byShop);
  }

  /**
   * The console account the principal names. When the principal is the token's e-mail address, the
   * provider must have verified it: otherwise anyone who can type an address into their profile
   * could take an account over.
   */
  private Optional<StaffUser> accountOf(JsonWebToken token, String name) {
    Object verified = token.getClaim("email_verified");
    if (name.equals(token.getClaim("email")) && !"true".equals(String.valueOf(verified))) {
      return Optional.empty();
    }
    return users.find(name);
  }

  /** The OIDC identity rebuilt with the console's grants and roles instead of the provider's. */
  private static SecurityIdentity member(SecurityIdentity oidc, Grants grants) {
    QuarkusSecurityIdentity.Builder b =
        QuarkusSecurityIdentity.builder()
            .setPrincipal(oidc.getPrincipal())
            .addCredentials(oidc.getCredentials())
            .addAttributes(oidc.getAttributes());
    return ConsoleIdentityProvider.withGrants(b, grants).build();
  }
}
