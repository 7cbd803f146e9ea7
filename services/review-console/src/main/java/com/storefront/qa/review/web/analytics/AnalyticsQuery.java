package com.storefront.qa.review.web.analytics;

import com.storefront.qa.review.web.chart.Bar;
import com.storefront.qa.review.web.queue.QueueScope;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import javax.sql.DataSource;

/**
 * Reads the analytics figures from the audit tables (questions, answers, review tasks), which hold
 * every event of the log of record, so the charts agree with what customers were actually sent.
 * Percentiles are PostgreSQL's {@code percentile_disc} (nearest rank), aggregated per shop and day.
 */
public final class AnalyticsQuery {
  private static final String DAYS =
      """
      WITH q AS (
        SELECT q.shop_id, (q.asked_at AT TIME ZONE 'UTC')::date AS day, q.asked_at,
               f.answered_at AS first_at, f.source AS first_source, s.staff_at
        FROM questions q
        LEFT JOIN LATERAL (
          SELECT a.answered_at, a.source FROM answers a
          WHERE a.question_id = q.question_id ORDER BY a.revision LIMIT 1) f ON true
        LEFT JOIN LATERAL (
          SELECT min(a.answered_at) AS staff_at FROM answers a
          WHERE a.question_id = q.question_id AND a.source = 'STAFF') s ON true
        WHERE q.asked_at >= ? AND (? OR q.shop_id = ANY (?)))
      SELECT shop_id, day, count(*) AS questions,
             count(*) FILTER (WHERE first_source = 'MODEL') AS auto_published,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_at - asked_at) / 60)
               FILTER (WHERE first_at IS NOT NULL) AS first_p50,
             percentile_disc(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM first_at - asked_at) / 60)
               FILTER (WHERE first_at IS NOT NULL) AS first_p95,
             percentile_disc(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM staff_at - asked_at) / 3600)
               FILTER (WHERE staff_at IS NOT NULL) AS staff_p50,
             percentile_disc(0.95) WITHIN GROUP (ORDER BY extract(epoch FROM staff_at - asked_at) / 3600)
               FILTER (WHERE staff_at IS NOT NULL) AS staff_p95,
             count(*) FILTER (WHERE coalesce(staff_at, ?) - asked_at > ?::interval) AS breaches
      FROM q GROUP BY shop_id, day ORDER BY day, shop_id
      """;

  private static final String HOLD_REASONS =
      """
      SELECT r ->> 'code' AS code, count(*) AS n
      FROM review_tasks t CROSS JOIN LATERAL jsonb_array_elements(t.reasons) r
      WHERE t.created_at >= ? AND (? OR t.shop_id = ANY (?))
      GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 12
      """;

  private final DataSource db;

  public AnalyticsQuery(DataSource db) {
    this.db = db;
  }

  /** Figures per shop and day for questions asked since {@code since}, in the given shops. */
  public List<DayFigures> days(QueueScope scope, Instant since, Instant now, Duration target) {
    List<DayFigures> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement st = c.prepareStatement(DAYS)) {
      st.setTimestamp(1, Timestamp.from(since));
      st.setBoolean(2, scope.all());
      st.setArray(3, shopArray(c, scope.shops()));
      st.setTimestamp(4, Timestamp.from(now));
      st.setString(5, target.toSeconds() + " seconds");
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(
              new DayFigures(
                  rs.getString("shop_id"),
                  rs.getDate("day").toLocalDate(),
                  rs.getLong("questions"),
                  rs.getLong("auto_published"),
                  nullable(rs, "first_p50"),
                  nullable(rs, "first_p95"),
                  nullable(rs, "staff_p50"),
                  nullable(rs, "staff_p95"),
                  rs.getLong("breaches")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("analytics query failed: " + e.getMessage(), e);
    }
    return out;
  }

  /** The most frequent hold reasons of review tasks created since {@code since}. */
  public List<Bar> holdReasons(QueueScope scope, Instant since) {
    List<Bar> out = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement st = c.prepareStatement(HOLD_REASONS)) {
      st.setTimestamp(1, Timestamp.from(since));
      st.setBoolean(2, scope.all());
      st.setArray(3, shopArray(c, scope.shops()));
      try (ResultSet rs = st.executeQuery()) {
        while (rs.next()) {
          out.add(new Bar(rs.getString("code"), rs.getLong("n")));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("analytics query failed: " + e.getMessage(), e);
    }
    return out;
  }

  private static Array shopArray(Connection c, Collection<String> shops) throws SQLException {
    return c.createArrayOf("text", shops.toArray(String[]::new));
  }

  private static Double nullable(ResultSet rs, String column) throws SQLException {
    double v = rs.getDouble(column);
    return rs.wasNull() ? null : v;
  }
}
