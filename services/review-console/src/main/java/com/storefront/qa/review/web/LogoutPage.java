package com.storefront.qa.review.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signs out: the form-login session and an OIDC sign-in's session live only in their encrypted
 * cookies, so removing the cookies ends them (the identity provider's own session is its own: the
 * next single sign-on may need no password). A POST (with the CSRF token), so no link or image can
 * sign a reviewer out.
 */
@Path("/logout")
public class LogoutPage {
  /** The session cookie of the form login (quarkus.http.auth.form.cookie-name). */
  static final String SESSION_COOKIE = "qa-session";

  /** The session cookie of an OIDC sign-in (Quarkus OIDC's default tenant). */
  static final String OIDC_SESSION_COOKIE = "q_session";

  @POST
  @PermitAll
  public Response logout() {
    return Response.seeOther(URI.create("/login"))
        .cookie(expired(SESSION_COOKIE), expired(OIDC_SESSION_COOKIE))
        .build();
  }

  private static NewCookie expired(String name) {
    return new NewCookie.Builder(name)
        .value("")
        .path("/")
        .maxAge(0)
        .httpOnly(true)
        .sameSite(NewCookie.SameSite.STRICT)
        .build();
  }
}
