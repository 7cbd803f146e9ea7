package com.storefront.qa.review.api;

import com.storefront.qa.review.decide.ClaimService;
import com.storefront.qa.review.decide.DecisionRequest;
import com.storefront.qa.review.decide.DecisionResult;
import com.storefront.qa.review.decide.DecisionService;
import com.storefront.qa.review.decide.StaffDecision;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.model.ReviewItemStore;
import com.storefront.qa.review.retention.LabelledCaseExport;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.security.ShopAccess;
import io.smallrye.common.annotation.Blocking;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The review JSON API ({@code /api/v1}): a shop's queue, one item, claims and decisions, with the
 * same per-shop authorisation as the pages ({@link ShopAccess}). State-changing requests need the
 * CSRF token (cookie {@code qa-csrf}, header {@code X-CSRF-TOKEN}).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Blocking
@Tag(name = "review")
public class ReviewApi {
  /** Most items per queue page. */
  static final int MAX_LIMIT = 200;

  @Inject ReviewItemStore items;
  @Inject ClaimService claims;
  @Inject DecisionService decisions;
  @Inject ShopAccess access;
  @Inject LabelledCaseExport cases;

  /** A page of the queue. */
  public record Queue(String shopId, Map<String, Long> openCounts, List<ItemView> items) {}

  /** A decision as the API takes it. */
  public record DecisionBody(StaffDecision decision, Integer version, String text, String reason) {}

  /** What a decision did. */
  public record DecisionView(
      UUID decisionId, StaffDecision decision, boolean replayed, ItemView item) {}

  @GET
  @Path("/shops/{shopId}/queue")
  @RolesAllowed("viewer")
  @Operation(summary = "Open items of a shop, oldest first, with counts by reason")
  public Queue queue(
      @PathParam("shopId") String shopId,
      @QueryParam("limit") @DefaultValue("50") int limit,
      @QueryParam("after") UUID after) {
    access.requireShop(shopId, Role.VIEWER);
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be 1-" + MAX_LIMIT);
    }
    Instant now = Instant.now();
    List<ItemView> page =
        items.queue(shopId, limit, after).stream().map(i -> ItemView.of(i, now)).toList();
    return new Queue(shopId, items.openCounts(shopId), page);
  }

  @GET
  @Path("/items/{itemId}")
  @RolesAllowed("viewer")
  @Operation(summary = "One review item")
  public ItemView item(@PathParam("itemId") UUID itemId) {
    return ItemView.of(load(itemId, Role.VIEWER), Instant.now());
  }

  @POST
  @Path("/items/{itemId}/claim")
  @RolesAllowed("reviewer")
  @Operation(summary = "Claim an item, or renew one's claim (a lease of qa.console.claim.lease)")
  public ItemView claim(@PathParam("itemId") UUID itemId) {
    load(itemId, Role.REVIEWER);
    return ItemView.of(claims.claim(itemId, access.username()), Instant.now());
  }

  @DELETE
  @Path("/items/{itemId}/claim")
  @RolesAllowed("reviewer")
  @Operation(summary = "Give up one's claim")
  public ItemView release(@PathParam("itemId") UUID itemId) {
    load(itemId, Role.REVIEWER);
    return ItemView.of(claims.release(itemId, access.username()), Instant.now());
  }

  @POST
  @Path("/items/{itemId}/decisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed("reviewer")
  @Operation(
      summary = "Decide an item: APPROVE, EDIT, REJECT (reason code), ANSWER, CLOSE (reason)",
      description =
          "version is the item version the decision was made on (409 with the current item when"
              + " it changed). An Idempotency-Key header makes a retry return the first decision.")
  public Response decide(
      @PathParam("itemId") UUID itemId,
      @HeaderParam("Idempotency-Key") String idempotencyKey,
      DecisionBody body) {
    load(itemId, Role.REVIEWER);
    if (body == null || body.decision() == null || body.version() == null) {
      throw new IllegalArgumentException("decision and version are required");
    }
    DecisionResult r =
        decisions.decide(
            new DecisionRequest(
                itemId,
                body.decision(),
                body.version(),
                body.text(),
                body.reason(),
                idempotencyKey,
                access.username()));
    DecisionView view =
        new DecisionView(
            r.decisionId(), r.decision(), r.replayed(), ItemView.of(r.item(), Instant.now()));
    return Response.status(r.replayed() ? Response.Status.OK : Response.Status.CREATED)
        .entity(view)
        .build();
  }

  @GET
  @Path("/shops/{shopId}/labelled-cases")
  @Produces("application/x-ndjson")
  @RolesAllowed("admin")
  @Operation(
      summary = "The shop's staff verdicts on drafts as a moderation eval corpus (JSONL)",
      description = "Save and run: moderation eval cases.jsonl")
  public String labelledCases(@PathParam("shopId") String shopId) {
    access.requireShop(shopId, Role.ADMIN);
    List<String> lines = cases.lines(shopId);
    return lines.isEmpty() ? "" : String.join("\n", lines) + "\n";
  }

  /** The item, when the member holds {@code role} in its shop; 404 when they hold none there. */
  private ReviewItem load(UUID itemId, Role role) {
    ReviewItem item =
        items.find(itemId).orElseThrow(() -> new NotFoundException("no such review item"));
    access.requireItem(item.shopId(), role);
    return item;
  }
}
