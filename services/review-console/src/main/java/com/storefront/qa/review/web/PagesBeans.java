package com.storefront.qa.review.web;

import com.storefront.qa.review.web.analytics.AnalyticsQuery;
import com.storefront.qa.review.web.item.ItemDetailsQuery;
import com.storefront.qa.review.web.item.ItemViews;
import com.storefront.qa.review.web.item.Presence;
import com.storefront.qa.review.web.queue.QueueQuery;
import com.storefront.qa.review.web.sla.SlaClock;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import javax.sql.DataSource;

/** Builds the pages' plain classes from the configuration and the console's data source. */
@ApplicationScoped
public class PagesBeans {

  @Produces
  @Singleton
  QueueQuery queueQuery(DataSource db, PagesConfig config) {
    return new QueueQuery(db, config.slaNearShare(), config.defaultFollowUpTarget());
  }

  @Produces
  @Singleton
  ItemDetailsQuery itemDetails(DataSource db) {
    return new ItemDetailsQuery(db);
  }

  @Produces
  @Singleton
  AnalyticsQuery analytics(DataSource db) {
    return new AnalyticsQuery(db);
  }

  @Produces
  @Singleton
  Presence presence(PagesConfig config) {
    return new Presence(config.presenceTtl());
  }

  @Produces
  @Singleton
  ItemViews itemViews(PagesConfig config) {
    return new ItemViews(new SlaClock(config.slaNearShare()), config.defaultFollowUpTarget());
  }

  @Produces
  @Singleton
  SlaClock slaClock(PagesConfig config) {
    return new SlaClock(config.slaNearShare());
  }
}
