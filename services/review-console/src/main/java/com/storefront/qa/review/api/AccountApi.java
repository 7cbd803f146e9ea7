package com.storefront.qa.review.api;

import com.storefront.qa.review.security.Grants;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.security.ShopAccess;
import com.storefront.qa.review.security.UserStore;
import io.quarkus.csrf.reactive.runtime.CsrfTokenParameterProvider;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who is logged in, and the admin's account management. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "accounts")
public class AccountApi {
  @Inject ShopAccess access;
  @Inject UserStore users;
  @Inject CsrfTokenParameterProvider csrf;

  /**
   * The logged-in member, and the CSRF token a JSON client sends back in {@code csrfHeader} on
   * every state-changing request (with the {@code qa-csrf} cookie this response sets).
   */
  public record Me(
      String username, Map<String, Role> grants, String csrfHeader, String csrfToken) {}

  /** A new account: its initial password (>= 12 characters) and its role per shop. */
  public record NewUser(String username, String password, Map<String, String> grants) {}

  @GET
  @Path("/me")
  @Authenticated
  @Operation(summary = "The logged-in member and their role per shop")
  public Me me() {
    return new Me(
        access.username(), access.grants().byShop(), csrf.getHeaderName(), csrf.getToken());
  }

  @POST
  @Path("/admin/users")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("admin")
  @Operation(summary = "Add a console account; an admin grants roles only in shops they administer")
  public Response addUser(NewUser body) {
    if (body == null || body.grants() == null || body.grants().isEmpty()) {
      throw new IllegalArgumentException("username, password and at least one grant are required");
    }
    Map<String, Role> grants = new HashMap<>();
    body.grants().forEach((shop, role) -> grants.put(shop, Role.of(role)));
    for (String shop : grants.keySet()) {
      if (shop.equals(Grants.ALL_SHOPS)
          ? !access.grants().allows(Grants.ALL_SHOPS, Role.ADMIN)
          : !access.grants().allows(shop, Role.ADMIN)) {
        return ApiErrors.json(Response.Status.FORBIDDEN, "not an admin of shop " + shop);
      }
    }
    users.create(body.username(), body.password(), new Grants(grants));
    return Response.status(Response.Status.CREATED)
        .entity(Map.of("username", body.username()))
        .build();
  }

  @POST
  @Path("/admin/users/{username}/unlock")
  @RolesAllowed("admin")
  @Operation(summary = "Lift a lock-out")
  public Response unlock(@PathParam("username") String username) {
    if (!access.grants().allShops()) {
      return ApiErrors.json(Response.Status.FORBIDDEN, "only an all-shops admin unlocks accounts");
    }
    users.unlock(username);
    return Response.noContent().build();
  }
}
