package com.storefront.qa.review.web.queue;

import com.storefront.qa.review.model.ReviewItemStore;
import com.storefront.qa.review.web.sla.SlaClock;
import com.storefront.qa.review.web.sla.SlaState;
import com.storefront.qa.review.web.view.QueueFilter;
import com.storefront.qa.review.web.view.QueueRow;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The queue pages' read of {@code review_items} (the console's review model) with the audit's
 * product names: filtered by everything the page offers, limited to the member's shops, customers
 * with no reply at all first, then oldest first. Reads only; decisions go through the decision
 * service.
 */
public final class QueueQuery {
  /** Rows per page; a reviewer works from the top. */
  static final int LIMIT = 200;

  private static final String ITEMS =
      """
      with i as (
        select i.item_id, i.version, i.shop_id,
               %s as question_masked, q.product_name, i.locale,
               i.moderation_reasons::text as reasons, i.reason, i.state, i.draft_reply,
               i.customer_text, i.decided_at, i.customer_revision = 0 as waiting,
               coalesce(i.asked_at, i.opened_at) as since,
               coalesce(i.follow_up_due_at, coalesce(i.asked_at, i.opened_at) + ?::interval) as due,
               case when i.claim_expires_at > ? then i.claimed_by end as holder
        from review_items i left join questions q on q.question_id = i.question_id)
      select * from i"""
          .formatted(ReviewItemStore.QUESTION_TEXT);

  private final DataSource db;
  private final SlaClock sla;
  private final double nearShare;
  private final Duration defaultTarget;

  public QueueQuery(DataSource db, double nearShare, Duration defaultTarget) {
    this.db = db;
    this.sla = new SlaClock(nearShare);
    this.nearShare = nearShare;
    this.defaultTarget = defaultTarget;
  }

  /** The rows of the filter's queue. */
  public List<QueueRow> rows(QueueScope scope, QueueFilter filter, Instant now) {
    Sql sql = conditions(scope, filter, now).and(queueCondition(filter.queue()));
    String order =
        "done".equals(filter.queue())
            ? " order by decided_at desc nulls last, item_id"
            : " order by waiting desc, since, item_id";
    List<QueueRow> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        PreparedStatement ps = sql.prepare(c, ITEMS, order + " limit " + LIMIT, head(now))) {
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          rows.add(row(rs, now));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the queue: " + e.getMessage(), e);
    }
    return rows;
  }

  /** How many items each queue holds under the same filters: held, follow-up, done. */
  public long[] counts(QueueScope scope, QueueFilter filter, Instant now) {
    Sql sql = conditions(scope, filter, now);
    String head =
        "select count(*) filter (where "
            + queueCondition("held")
            + "), count(*) filter (where "
            + queueCondition("followup")
            + "), count(*) filter (where "
            + queueCondition("done")
            + ") from ("
            + ITEMS;
    try (Connection c = db.getConnection();
        PreparedStatement ps = sql.prepare(c, head, ") counted", head(now));
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)};
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the queues: " + e.getMessage(), e);
    }
  }

  /** What the filters offer: the shops, languages and hold reasons present in the scope. */
  public List<List<String>> options(QueueScope scope) {
    String shops = scope.all() ? "true" : "shop_id = any (?)";
    String[] sqls = {
      "select distinct shop_id from review_items where " + shops + " order by 1 limit 100",
      "select distinct lower(split_part(locale, '-', 1)) from review_items where locale is not null"
          + " and "
          + shops
          + " order by 1 limit 50",
      "select distinct r ->> 'code' from review_items cross join lateral"
          + " jsonb_array_elements(moderation_reasons) r where "
          + shops
          + " order by 1 limit 100"
    };
    List<List<String>> out = new ArrayList<>();
    try (Connection c = db.getConnection()) {
      for (String q : sqls) {
        try (PreparedStatement ps = c.prepareStatement(q)) {
          if (!scope.all()) {
            ps.setArray(1, c.createArrayOf("text", scope.shops().toArray(String[]::new)));
          }
          List<String> values = new ArrayList<>();
          try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
              values.add(rs.getString(1));
            }
          }
          out.add(values);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the filter choices: " + e.getMessage(), e);
    }
    return out;
  }

  private Object[] head(Instant now) {
    return new Object[] {defaultTarget.toSeconds() + " seconds", Timestamp.from(now)};
  }

  static String queueCondition(String queue) {
    return switch (queue == null ? "held" : queue) {
      case "followup" -> "state = 'OPEN' and reason = 'FOLLOW_UP'";
      case "done" -> "state <> 'OPEN'";
      default -> "state = 'OPEN' and reason = 'HELD'";
    };
  }

  private Sql conditions(QueueScope scope, QueueFilter f, Instant now) {
    Sql sql = new Sql();
    if (!scope.all()) {
      sql.and("shop_id = any (?)", (Object) scope.shops().toArray(String[]::new));
    }
    if (present(f.shop())) {
      sql.and("shop_id = ?", f.shop());
    }
    if (present(f.language())) {
      sql.and("lower(locale) like ?", f.language().toLowerCase(Locale.ROOT) + "%");
    }
    if (present(f.reason())) {
      sql.and(
          "reasons::jsonb @> jsonb_build_array(jsonb_build_object('code', ?::text))", f.reason());
    }
    if (f.minAgeHours() != null && f.minAgeHours() > 0) {
      sql.and("since <= ?", Timestamp.from(now.minus(Duration.ofHours(f.minAgeHours()))));
    }
    if (present(f.assignee())) {
      sql.and("holder = ?", f.assignee());
    }
    if (present(f.search())) {
      String like = Sql.contains(f.search());
      sql.and(
          "question_masked ilike ? or draft_reply ilike ? or customer_text ilike ?"
              + " or product_name ilike ?",
          like,
          like,
          like,
          like);
    }
    if (present(f.sla())) {
      Timestamp t = Timestamp.from(now);
      String breached = "? >= due";
      String near = "? >= since + (due - since) * ?";
      switch (f.sla()) {
        case "BREACHED" -> sql.and(breached, t);
        case "NEAR" -> sql.and("not (" + breached + ") and " + near, t, t, nearShare);
        case "OK" -> sql.and("not (" + breached + ") and not (" + near + ")", t, t, nearShare);
        default -> {
          // An unknown SLA value filters nothing, like an unknown query parameter.
        }
      }
    }
    return sql;
  }

  private QueueRow row(ResultSet rs, Instant now) throws SQLException {
    Instant since = rs.getTimestamp("since").toInstant();
    Duration target = Duration.between(since, rs.getTimestamp("due").toInstant());
    Duration age = Duration.between(since, now);
    SlaState state =
        target.isNegative() || target.isZero() ? SlaState.BREACHED : sla.state(age, target);
    return new QueueRow(
        rs.getString("item_id"),
        rs.getLong("version"),
        rs.getString("shop_id"),
        rs.getString("question_masked"),
        rs.getString("product_name"),
        rs.getString("locale"),
        Reasons.codes(Reasons.parse(rs.getString("reasons"))),
        SlaClock.shortAge(age),
        SlaClock.shortAge(target),
        state,
        rs.getString("holder"),
        rs.getBoolean("waiting"));
  }

  private static boolean present(String s) {
    return s != null && !s.isBlank();
  }
}
