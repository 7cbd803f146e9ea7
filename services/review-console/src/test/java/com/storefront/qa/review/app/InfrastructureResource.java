package com.storefront.qa.review.app;

import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.Map;

/**
 * Real infrastructure for {@code @QuarkusTest}s: the testkit's in-process KRaft broker (with every
 * system topic) and PostgreSQL 17, handed to the application as configuration.
 */
public class InfrastructureResource implements QuarkusTestResourceLifecycleManager {
  private KafkaBroker broker;

  /** The running database, so tests can take it away; set between start() and stop(). */
  static volatile Postgres pg;

  @Override
  public Map<String, String> start() {
    broker = KafkaBroker.start();
    broker.createSystemTopics(2);
    pg = Postgres.start();
    return Map.of(
        "kafka.bootstrap.servers", broker.bootstrapServers(),
        "quarkus.datasource.jdbc.url", pg.jdbcUrl(),
        "quarkus.datasource.username", Postgres.USER);
  }

  @Override
  public void stop() {
    if (pg != null) {
      pg.close();
    }
    if (broker != null) {
      broker.close();
    }
  }
}
