package com.storefront.qa.review.web;

import com.storefront.qa.review.web.queue.QueueQuery;
import com.storefront.qa.review.web.queue.QueueScope;
import com.storefront.qa.review.web.view.QueueFilter;
import com.storefront.qa.review.web.view.QueueView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.jboss.resteasy.reactive.RestQuery;

/**
 * The queues: held drafts, questions awaiting the follow-up answer, and rejected or closed items,
 * each filtered and searched; {@code /queue/rows} is the fragment htmx polls to keep it live.
 */
@Path("/queue")
@Authenticated
public class QueuePage {
  private static final Set<String> QUEUES = Set.of("held", "followup", "done");

  @Inject PageContext page;
  @Inject QueueQuery query;

  /** The query parameters of a queue page. */
  public static class Params {
    @RestQuery String queue;
    @RestQuery String shop;
    @RestQuery String language;
    @RestQuery String reason;
    @RestQuery String age;
    @RestQuery String sla;
    @RestQuery String assignee;
    @RestQuery String q;

    QueueFilter filter() {
      return new QueueFilter(
          queue != null && QUEUES.contains(queue) ? queue : "held",
          shop,
          language,
          reason,
          hours(age),
          sla,
          assignee,
          q == null ? null : q.strip());
    }

    private static Integer hours(String age) {
      try {
        return age == null || age.isBlank() ? null : Math.max(0, Integer.parseInt(age.strip()));
      } catch (NumberFormatException e) {
        return null;
      }
    }
  }

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response queue(@BeanParam Params params) {
    return page.html(Pages.queue(page.chrome("queue"), view(params.filter()), null));
  }

  @GET
  @Path("rows")
  @Produces(MediaType.TEXT_HTML)
  public Response rows(@BeanParam Params params) {
    return page.html(Pages.queue$table(view(params.filter()), null));
  }

  /** The view of one queue under a filter, at this moment. */
  QueueView view(QueueFilter filter) {
    Instant now = Instant.now();
    QueueScope scope = page.scope();
    long[] counts = query.counts(scope, filter, now);
    List<List<String>> options = query.options(scope);
    return new QueueView(
        filter,
        query.rows(scope, filter, now),
        counts[0],
        counts[1],
        counts[2],
        options.get(0),
        options.get(1),
        options.get(2));
  }
}
