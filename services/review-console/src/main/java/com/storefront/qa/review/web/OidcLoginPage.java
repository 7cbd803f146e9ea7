package com.storefront.qa.review.web;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * Where the login page's "sign in with single sign-on" link points when OIDC is on: the code flow
 * guards it (application.properties: {@code quarkus.http.auth.permission.oidc-login.*}), so an
 * anonymous visitor is sent to the identity provider and comes back here signed in (this path is
 * the redirect URI); then on to the queue. Without OIDC it is never reached.
 */
@Path("/login/oidc")
public class OidcLoginPage {
  @GET
  @Authenticated
  public Response signedIn() {
    return Response.seeOther(URI.create("/queue")).build();
  }
}
