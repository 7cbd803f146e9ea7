package com.storefront.qa.review.web;

import com.storefront.qa.review.decide.ConflictException;
import com.storefront.qa.review.decide.DecisionRequest;
import com.storefront.qa.review.decide.DecisionService;
import com.storefront.qa.review.decide.InvalidDecisionException;
import com.storefront.qa.review.decide.StaffDecision;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.web.view.QueueFilter;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.resteasy.reactive.RestForm;

/**
 * Approve or reject several held drafts at once from the queue (also a single row approved with the
 * keyboard). Each item is decided on its own at the version the list showed: one that changed
 * meanwhile is left alone and counted, never decided on stale information.
 */
@Path("/queue/bulk")
@Authenticated
public class BulkActions {
  @Inject PageContext page;
  @Inject ItemPage items;
  @Inject QueuePage queue;
  @Inject DecisionService decisions;

  @POST
  @Produces(MediaType.TEXT_HTML)
  public Response bulk(
      @RestForm String action,
      @RestForm("item") List<String> selected,
      @RestForm String reason,
      @RestForm String back) {
    StaffDecision decision = "reject".equals(action) ? StaffDecision.REJECT : StaffDecision.APPROVE;
    int done = 0;
    int conflicts = 0;
    int refused = 0;
    for (String entry : selected == null ? List.<String>of() : selected) {
      int colon = entry.lastIndexOf(':');
      try {
        ReviewItem item = items.load(colon < 0 ? entry : entry.substring(0, colon));
        if (!page.access().grants().allows(item.shopId(), Role.REVIEWER)) {
          refused++;
          continue;
        }
        int version = Integer.parseInt(entry.substring(colon + 1));
        decisions.decide(
            new DecisionRequest(item.itemId(), decision, version, null, reason, null, page.user()));
        done++;
      } catch (ConflictException e) {
        conflicts++;
      } catch (InvalidDecisionException | NotFoundException | NumberFormatException e) {
        refused++;
      }
    }
    QueueFilter filter = QueueFilter.parse(back);
    String notice = page.messages().bulk_done(done, conflicts, refused);
    return page.html(Pages.queue$table(queue.view(filter), notice));
  }
}
