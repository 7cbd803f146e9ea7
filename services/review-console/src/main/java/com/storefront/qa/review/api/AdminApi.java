package com.storefront.qa.review.api;

import com.storefront.qa.review.retention.ErasureService;
import com.storefront.qa.review.retention.RetentionService;
import com.storefront.qa.review.security.ShopAccess;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Erasure and retention, for administrators of every shop. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@RolesAllowed("admin")
@Tag(name = "admin")
public class AdminApi {
  @Inject ShopAccess access;
  @Inject ErasureService erasure;
  @Inject RetentionService retention;

  /** Whose data to erase: the keyed hash of the customer's reference, as the audit stores it. */
  public record ErasureBody(String customerRefHash) {}

  @POST
  @Path("/admin/erasures")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Erase every audit and review row of one customer (by hashed reference)")
  public Response erase(ErasureBody body) {
    if (!access.grants().allShops()) {
      return ApiErrors.json(Response.Status.FORBIDDEN, "erasure needs an all-shops admin");
    }
    if (body == null) {
      throw new IllegalArgumentException("customerRefHash is required");
    }
    return Response.ok(erasure.erase(body.customerRefHash(), access.username())).build();
  }

  @POST
  @Path("/admin/retention/purge")
  @Operation(summary = "Run the retention purge now (it also runs on its schedule)")
  public Response purge() {
    if (!access.grants().allShops()) {
      return ApiErrors.json(Response.Status.FORBIDDEN, "the purge needs an all-shops admin");
    }
    return Response.ok(retention.purge()).build();
  }
}
