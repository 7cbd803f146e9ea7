package com.storefront.qa.review.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Signs out: the form-login session lives only in its encrypted cookie, so removing the cookie ends
 * it. A POST (with the CSRF token), so no link or image can sign a reviewer out.
 */
@Path("/logout")
public class LogoutPage {
  /** The session cookie of the form login (quarkus.http.auth.form.cookie-name). */
  static final String SESSION_COOKIE = "qa-session";

  @POST
  @PermitAll
  public Response logout() {
    return Response.seeOther(URI.create("/login"))
        .cookie(
            new NewCookie.Builder(SESSION_COOKIE)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build())
        .build();
  }
}
