package com.storefront.qa.review.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TrustedAuthenticationRequest;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Restores the identity of a request that carries a valid session cookie (Quarkus hands the
 * cookie's user name over as a {@link TrustedAuthenticationRequest}). The account is read again on
 * every request, so a disabled or locked account, or a changed grant, takes effect at once rather
 * than when the session expires.
 */
@ApplicationScoped
public class SessionIdentityProvider implements IdentityProvider<TrustedAuthenticationRequest> {
  @Inject UserStore users;

  @Override
  public Class<TrustedAuthenticationRequest> getRequestType() {
    return TrustedAuthenticationRequest.class;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      TrustedAuthenticationRequest request, AuthenticationRequestContext context) {
    String username = request.getPrincipal();
    return context.runBlocking(
        () -> {
          StaffUser user =
              users
                  .find(username)
                  .filter(u -> u.enabled() && !u.lockedAt(Instant.now()))
                  .orElseThrow(() -> new AuthenticationFailedException("session no longer valid"));
          return ConsoleIdentityProvider.identity(username, user.grants());
        });
  }
}
