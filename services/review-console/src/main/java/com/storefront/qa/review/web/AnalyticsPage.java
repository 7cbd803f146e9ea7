package com.storefront.qa.review.web;

import com.storefront.qa.review.web.analytics.AnalyticsCharts;
import com.storefront.qa.review.web.analytics.AnalyticsQuery;
import com.storefront.qa.review.web.analytics.DayFigures;
import com.storefront.qa.review.web.chart.Bar;
import com.storefront.qa.review.web.queue.QueueScope;
import com.storefront.qa.review.web.view.AnalyticsView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.jboss.resteasy.reactive.RestQuery;

/** Analytics as pictures: the figures of the member's shops over the last days, as SVG. */
@Path("/analytics")
@Authenticated
public class AnalyticsPage {
  @Inject PageContext page;
  @Inject AnalyticsQuery query;
  @Inject PagesConfig config;

  @GET
  @Produces(MediaType.TEXT_HTML)
  public Response analytics(@RestQuery String shop) {
    Instant now = Instant.now();
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate first = today.minusDays(config.analyticsDays() - 1L);
    Instant since = first.atStartOfDay(ZoneOffset.UTC).toInstant();
    QueueScope scope = page.scope();
    List<DayFigures> all = query.days(scope, since, now, config.defaultFollowUpTarget());
    List<String> shops = AnalyticsCharts.shops(all);
    boolean narrowed = shop != null && !shop.isBlank() && scope.contains(shop);
    QueueScope shown = narrowed ? new QueueScope(false, List.of(shop)) : scope;
    List<DayFigures> rows =
        narrowed ? all.stream().filter(f -> f.shopId().equals(shop)).toList() : all;
    List<Bar> reasons = query.holdReasons(shown, since);
    List<LocalDate> days = AnalyticsCharts.days(first, today);
    ConsoleMessages msg = page.messages();
    AnalyticsView view =
        new AnalyticsView(
            config.analyticsDays(),
            narrowed ? shop : null,
            shops,
            AnalyticsCharts.autoPublishRate(msg.chart_auto_rate(), days, rows),
            AnalyticsCharts.holdReasons(msg.chart_hold_reasons(), reasons),
            AnalyticsCharts.firstReply(msg.chart_first_reply(), days, rows),
            AnalyticsCharts.followUp(msg.chart_followup(), days, rows),
            AnalyticsCharts.breaches(msg.chart_breaches(), days, rows));
    return page.html(Pages.analytics(page.chrome("analytics"), view));
  }
}
