package com.storefront.qa.review.retention;

import com.storefront.qa.contracts.policy.DefaultPolicy;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Runs the retention purge on a schedule ({@code qa.console.retention.every}, default hourly; one
 * replica at a time is enough, and concurrent runs are harmless: each deletes what is due) and
 * provides the retention and erasure services.
 */
@ApplicationScoped
public class RetentionJob {
  private static final Logger LOG = Logger.getLogger(RetentionJob.class);

  @Inject DataSource dataSource;

  @Scheduled(
      every = "${qa.console.retention.every:1h}",
      delay = 1,
      delayUnit = TimeUnit.MINUTES,
      concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
  void purge() {
    Map<String, Integer> deleted = retention().purge();
    int total = deleted.values().stream().mapToInt(Integer::intValue).sum();
    if (total > 0) {
      LOG.infof("retention purge deleted %d rows: %s", total, deleted);
    }
  }

  @Produces
  @ApplicationScoped
  RetentionService retention() {
    return new RetentionService(dataSource, DefaultPolicy.RETENTION_DAYS);
  }

  @Produces
  @ApplicationScoped
  LabelledCaseExport labelledCases() {
    return new LabelledCaseExport(dataSource);
  }

  @Produces
  @ApplicationScoped
  ErasureService erasure() {
    return new ErasureService(dataSource);
  }
}
