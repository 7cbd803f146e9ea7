package com.storefront.qa.review.web;

import com.storefront.qa.review.decide.ConflictException;
import com.storefront.qa.review.decide.DecisionRequest;
import com.storefront.qa.review.decide.DecisionResult;
import com.storefront.qa.review.decide.DecisionService;
import com.storefront.qa.review.decide.InvalidDecisionException;
import com.storefront.qa.review.decide.StaffDecision;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.security.Role;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestHeader;

/**
 * The item view's decisions. Each form carries the version the reviewer saw and a key made when the
 * page was rendered, so a double submit is the same decision, not two. A conflict (the item
 * changed, was decided, or someone else holds it) answers 409 with the item as it is now and the
 * conflict message; htmx swaps that in like a success (console.js). CSRF is checked before this
 * runs (quarkus-rest-csrf).
 */
@Path("/items/{id}")
@Authenticated
public class ItemActions {
  @Inject PageContext page;
  @Inject ItemPage items;
  @Inject DecisionService decisions;

  /** The form of every decision. */
  public static class Form {
    @RestForm int version;
    @RestForm String text;
    @RestForm String reason;
    @RestForm String key;
  }

  @POST
  @Path("approve")
  @Produces(MediaType.TEXT_HTML)
  public Response approve(
      @PathParam("id") String id, Form form, @RestHeader("HX-Request") String hx) {
    return decide(id, StaffDecision.APPROVE, form, hx != null);
  }

  @POST
  @Path("edit")
  @Produces(MediaType.TEXT_HTML)
  public Response edit(@PathParam("id") String id, Form form, @RestHeader("HX-Request") String hx) {
    return decide(id, StaffDecision.EDIT, form, hx != null);
  }

  @POST
  @Path("reject")
  @Produces(MediaType.TEXT_HTML)
  public Response reject(
      @PathParam("id") String id, Form form, @RestHeader("HX-Request") String hx) {
    return decide(id, StaffDecision.REJECT, form, hx != null);
  }

  @POST
  @Path("answer")
  @Produces(MediaType.TEXT_HTML)
  public Response answer(
      @PathParam("id") String id, Form form, @RestHeader("HX-Request") String hx) {
    return decide(id, StaffDecision.ANSWER, form, hx != null);
  }

  @POST
  @Path("close")
  @Produces(MediaType.TEXT_HTML)
  public Response close(
      @PathParam("id") String id, Form form, @RestHeader("HX-Request") String hx) {
    return decide(id, StaffDecision.CLOSE, form, hx != null);
  }

  private Response decide(String id, StaffDecision decision, Form form, boolean fragment) {
    ReviewItem item = items.load(id);
    page.access().requireItem(item.shopId(), Role.REVIEWER);
    try {
      DecisionResult result =
          decisions.decide(
              new DecisionRequest(
                  item.itemId(),
                  decision,
                  form.version,
                  form.text,
                  form.reason,
                  form.key == null || form.key.isBlank() ? null : "page:" + form.key,
                  page.user()));
      return render(result.item(), false, page.messages().done(), 200, fragment);
    } catch (ConflictException e) {
      return render(e.current(), true, null, 409, fragment);
    } catch (InvalidDecisionException e) {
      return render(item, false, e.getMessage(), 400, fragment);
    }
  }

  private Response render(
      ReviewItem item, boolean conflict, String notice, int status, boolean fragment) {
    var view = items.view(item);
    return page.html(
        fragment
            ? Pages.item$panel(view, conflict, notice)
            : Pages.item(page.chrome("queue"), view, conflict, notice),
        status);
  }
}
