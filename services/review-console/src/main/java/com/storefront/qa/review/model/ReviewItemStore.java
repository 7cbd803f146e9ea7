package com.storefront.qa.review.model;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads review items: one by id, and a shop's queue. Every read (the JSON API, the item page, the
 * decision and claim services) goes through here, so all of them see the same question text ({@link
 * #QUESTION_TEXT}).
 */
@ApplicationScoped
public class ReviewItemStore {
  /**
   * The masked question as staff read it, over {@code review_items i left join questions q}: the
   * item's own copy (a held draft carries one from its review task) or else the audit's (the item
   * of an auto-answered question has none of its own). The queue pages use the same expression.
   */
  public static final String QUESTION_TEXT = "coalesce(i.question_masked, q.text_masked)";

  /** The tables an item is read from (aliases {@code i}, {@code q}). */
  static final String FROM =
      " from review_items i left join questions q on q.question_id = i.question_id";

  static final String COLUMNS =
      "i.item_id, i.question_id, i.shop_id, i.product_id, i.locale, i.reason, i.state, i.task_id, "
          + QUESTION_TEXT
          + ", i.draft_reply, i.stage, i.moderation_reasons::text, i.no_reply_sent,"
          + " i.customer_revision, i.customer_text, i.asked_at, i.opened_at, i.follow_up_due_at,"
          + " i.claimed_by, i.claim_expires_at, i.closed_reason, i.decided_by, i.decided_at,"
          + " i.version";

  private final DataSource dataSource;

  @Inject
  public ReviewItemStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The item, or empty. */
  public Optional<ReviewItem> find(UUID itemId) {
    try (Connection c = dataSource.getConnection()) {
      return find(c, itemId, false);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read review item: " + e.getMessage(), e);
    }
  }

  /** The item on {@code c}, its row locked for the transaction when {@code forUpdate}. */
  public static Optional<ReviewItem> find(Connection c, UUID itemId, boolean forUpdate)
      throws SQLException {
    String sql =
        "select " + COLUMNS + FROM + " where i.item_id = ?" + (forUpdate ? " for update of i" : "");
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setObject(1, itemId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(read(rs)) : Optional.empty();
      }
    }
  }

  /**
   * A shop's open items, oldest first (customers with no reply at all first among equals is left to
   * the reader: {@link ReviewItem#customerWaiting()}), at most {@code limit}, after the cursor item
   * when one is given (keyset paging: {@code opened_at, item_id}).
   */
  public List<ReviewItem> queue(String shopId, int limit, UUID after) {
    String sql =
        "select "
            + COLUMNS
            + FROM
            + " where i.shop_id = ? and i.state = 'OPEN'"
            + (after == null
                ? ""
                : " and (i.opened_at, i.item_id) > (select a.opened_at, a.item_id"
                    + " from review_items a where a.item_id = ?)")
            + " order by i.opened_at, i.item_id limit ?";
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      ps.setString(i++, shopId);
      if (after != null) {
        ps.setObject(i++, after);
      }
      ps.setInt(i, limit);
      List<ReviewItem> items = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          items.add(read(rs));
        }
      }
      return items;
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the review queue: " + e.getMessage(), e);
    }
  }

  /** Open items of a shop by reason (HELD, FOLLOW_UP) plus WAITING: customers with no reply. */
  public Map<String, Long> openCounts(String shopId) {
    String sql =
        "select reason, count(*), count(*) filter (where customer_revision = 0)"
            + " from review_items where shop_id = ? and state = 'OPEN' group by reason";
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("HELD", 0L);
    counts.put("FOLLOW_UP", 0L);
    long waiting = 0;
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, shopId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          counts.put(rs.getString(1), rs.getLong(2));
          waiting += rs.getLong(3);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot count the review queue: " + e.getMessage(), e);
    }
    counts.put("NO_REPLY", waiting);
    return counts;
  }

  static ReviewItem read(ResultSet rs) throws SQLException {
    int i = 1;
    return new ReviewItem(
        rs.getObject(i++, UUID.class),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getString(i++),
        rs.getBoolean(i++),
        rs.getInt(i++),
        rs.getString(i++),
        instant(rs.getTimestamp(i++)),
        instant(rs.getTimestamp(i++)),
        instant(rs.getTimestamp(i++)),
        rs.getString(i++),
        instant(rs.getTimestamp(i++)),
        rs.getString(i++),
        rs.getString(i++),
        instant(rs.getTimestamp(i++)),
        rs.getInt(i));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }
}
