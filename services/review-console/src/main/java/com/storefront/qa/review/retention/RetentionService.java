package com.storefront.qa.review.retention;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Deletes audit and review data older than each shop's {@code retentionDays} (shop policy; {@code
 * defaultDays} when the shop has none). Open review items are never purged: a question still owed
 * its answer stays. Rows without a shop (dead letters, rejects, published outbox events) follow
 * {@code defaultDays}. Kafka keeps its own copy under each topic's retention.
 */
public final class RetentionService {
  private static final String DAYS =
      "coalesce((select case when p.policy->>'retentionDays' ~ '^[0-9]{1,5}$'"
          + " then (p.policy->>'retentionDays')::int end from shop_policies p"
          + " where p.shop_id = t.shop_id and not p.deleted), ?)";

  /** Table, time column, extra condition. */
  private record Rule(String table, String time, String extra, boolean perShop) {}

  private static final List<Rule> RULES =
      List.of(
          new Rule("questions", "recorded_at", "", true),
          new Rule("generation_requests", "recorded_at", "", true),
          new Rule("generation_results", "recorded_at", "", true),
          new Rule("moderation_verdicts", "recorded_at", "", true),
          new Rule("answers", "recorded_at", "", true),
          new Rule("review_tasks", "recorded_at", "", true),
          new Rule("review_decisions", "recorded_at", "", true),
          new Rule("review_items", "updated_at", " and t.state <> 'OPEN'", true),
          new Rule("staff_actions", "acted_at", "", true),
          new Rule("decisions", "decided_at", "", true),
          new Rule("labelled_cases", "labelled_at", "", true),
          new Rule("dlq_records", "recorded_at", "", false),
          new Rule("audit_rejects", "recorded_at", "", false),
          new Rule("decision_outbox", "created_at", " and t.published_at is not null", false));

  private final DataSource dataSource;
  private final int defaultDays;

  public RetentionService(DataSource dataSource, int defaultDays) {
    if (defaultDays < 1) {
      throw new IllegalArgumentException(
          "retention must be at least 1 day (got " + defaultDays + ")");
    }
    this.dataSource = dataSource;
    this.defaultDays = defaultDays;
  }

  /**
   * One purge, in one transaction.
   *
   * @return rows deleted per table
   */
  public Map<String, Integer> purge() {
    Map<String, Integer> deleted = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        for (Rule r : RULES) {
          String days = r.perShop() ? DAYS : "?";
          String sql =
              "delete from %s t where t.%s < now() - make_interval(days => %s)%s"
                  .formatted(r.table(), r.time(), days, r.extra());
          try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setInt(1, defaultDays);
            deleted.put(r.table(), ps.executeUpdate());
          }
        }
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("retention purge failed: " + e.getMessage(), e);
    }
    return deleted;
  }
}
