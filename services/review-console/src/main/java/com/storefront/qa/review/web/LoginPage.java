package com.storefront.qa.review.web;

import com.storefront.qa.review.security.OidcSettings;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The form-login page (Quarkus form authentication posts it to {@code /j_security_check}), and
 * {@code /}, which sends a signed-in member to the queue. With OIDC on, the page also links to
 * single sign-on ({@link OidcLoginPage}).
 */
@Path("/")
public class LoginPage {
  @Inject PageContext page;
  @Inject OidcSettings oidc;

  @GET
  @Path("login")
  @PermitAll
  @Produces(MediaType.TEXT_HTML)
  public Response login(@RestQuery boolean error) {
    return page.html(Pages.login(page.chrome("login"), error, oidc.enabled()));
  }

  @GET
  @Authenticated
  public Response home() {
    return Response.seeOther(URI.create("/queue")).build();
  }
}
