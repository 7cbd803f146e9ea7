package com.storefront.qa.review.web;

import com.storefront.qa.review.app.ConsoleConfig;
import com.storefront.qa.review.decide.ClaimService;
import com.storefront.qa.review.decide.ConflictException;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.model.ReviewItemStore;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.web.item.ItemDetailsQuery;
import com.storefront.qa.review.web.item.ItemViews;
import com.storefront.qa.review.web.item.Presence;
import com.storefront.qa.review.web.view.ItemView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * One review item: question, draft with its evidence highlighted, what the customer sees, history,
 * the draft-to-final diff, who holds or views it, and the actions. An item of a shop the member has
 * no role in is "not found", like an id that does not exist.
 */
@Path("/items/{id}")
@Authenticated
public class ItemPage {
  @Inject PageContext page;
  @Inject ReviewItemStore items;
  @Inject ItemDetailsQuery details;
  @Inject Presence presence;
  @Inject ItemViews views;
  @Inject ClaimService claims;
  @Inject ConsoleConfig config;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response item(@PathParam("id") String id) {
    return page.html(Pages.item(page.chrome("queue"), view(claimIfFree(load(id))), false, null));
  }

  /** The claim holder and other viewers; polled by the open page, which also reports presence. */
  @GET
  @Path("presence")
  @Produces(MediaType.TEXT_HTML)
  public Response presence(@PathParam("id") String id) {
    return page.html(Pages.presence(view(renewIfMine(load(id)))));
  }

  /**
   * A reviewer who opens an open item nobody holds takes the claim, so a colleague opening it sees
   * who is on it; when someone else holds it the page shows them instead.
   */
  ReviewItem claimIfFree(ReviewItem item) {
    if (!"OPEN".equals(item.state())
        || !page.access().grants().allows(item.shopId(), Role.REVIEWER)
        || item.claimedByOther(page.user(), Instant.now())) {
      return item;
    }
    try {
      return claims.claim(item.itemId(), page.user());
    } catch (ConflictException e) {
      return e.current();
    }
  }

  /** Renews the viewer's own claim once half its lease is gone, while the page stays open. */
  ReviewItem renewIfMine(ReviewItem item) {
    Instant now = Instant.now();
    Duration half = config.claim().lease().dividedBy(2);
    if (page.user().equals(item.claimedBy())
        && item.claimExpiresAt() != null
        && item.claimExpiresAt().minus(half).isBefore(now)) {
      return claimIfFree(item);
    }
    return item;
  }

  /** The item, if it exists and the member may read its shop; 404 otherwise. */
  ReviewItem load(String id) {
    UUID itemId;
    try {
      itemId = UUID.fromString(id);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("no such review item");
    }
    ReviewItem item =
        items.find(itemId).orElseThrow(() -> new NotFoundException("no such review item"));
    page.access().requireItem(item.shopId(), Role.VIEWER);
    return item;
  }

  /** The view of {@code item} for the current member, recording that they are looking at it. */
  ItemView view(ReviewItem item) {
    Instant now = Instant.now();
    String user = page.user();
    String key = item.itemId().toString();
    presence.seen(key, user, now);
    return views.of(
        item,
        details.read(item.itemId(), item.questionId()),
        presence.others(key, user, now),
        user,
        now);
  }
}
