package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.pii.PiiMasker;
import com.storefront.qa.testkit.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every statement of an audit batch, the row listener's included, is planned for its own arrays
 * (plan_cache_mode force_custom_plan), on a real PostgreSQL 17. Without it a generic plan made
 * while a table was empty kept scanning the whole table on every batch (docs/benchmarks.md, issue
 * 13's third round); a listener cannot see that in its results, only in the server's time, so this
 * pins the setting itself, in the batched path and in the row-by-row fallback.
 */
class CustomPlanIT {
  private static Postgres pg;
  private static final RecordMapper MAPPER = new RecordMapper(PiiMasker::mask, TestKeys.hasher());

  @BeforeAll
  static void start() {
    pg = Postgres.start();
    Flyway.configure()
        .dataSource(pg.dataSource())
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void theListenerRunsWithCustomPlansOnEveryBatch() throws SQLException {
    List<String> seen = new ArrayList<>();
    AuditRepository repository =
        new AuditRepository(pg.dataSource(), (c, rows) -> seen.add(planCacheMode(c)));
    for (int batch = 0; batch < 8; batch++) { // past PostgreSQL's five custom plans before generic
      repository.write(List.of(question("plan-q-" + batch, batch)));
    }
    assertThat(seen).hasSize(8).containsOnly("force_custom_plan");
    try (Connection c = pg.connect()) {
      assertThat(planCacheMode(c)).as("outside a batch").isEqualTo("auto");
    }
  }

  @Test
  void theRowByRowFallbackIsPlannedTheSameWay() throws SQLException {
    List<String> seen = new ArrayList<>();
    AuditRepository repository =
        new AuditRepository(
            pg.dataSource(),
            (c, rows) -> {
              seen.add(planCacheMode(c));
              if (seen.size() == 1) {
                throw new SQLException("refused once", "22023"); // data error: row by row
              }
            });
    repository.write(List.of(question("fallback-q", 100)));
    assertThat(seen).containsExactly("force_custom_plan", "force_custom_plan");
  }

  private static AuditRow question(String qid, long offset) {
    return MAPPER.map(
        Records.record(Topics.QUESTIONS, 0, offset, qid, Json.toBytes(Events.question(qid))));
  }

  private static String planCacheMode(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("show plan_cache_mode")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
