package com.storefront.qa.review.web.item;

import com.storefront.qa.review.web.view.HistoryEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Reads an item's history: every revision the customer received (audit {@code answers}) and every
 * staff action ({@code staff_actions}), merged in time order, plus the product name the question
 * was asked about. Claims are left out: the page shows the live claim, and renewals would drown the
 * decisions.
 */
public final class ItemDetailsQuery {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final DataSource db;

  public ItemDetailsQuery(DataSource db) {
    this.db = db;
  }

  /** The details of the item {@code itemId} about question {@code questionId}. */
  public ItemDetails read(UUID itemId, String questionId) {
    try (Connection c = db.getConnection()) {
      List<Timed> timed = new ArrayList<>();
      String customerSource = answers(c, questionId, timed);
      String finalText = actions(c, itemId, timed);
      timed.sort(Comparator.comparing(Timed::at));
      return new ItemDetails(
          productName(c, questionId),
          customerSource,
          timed.stream().map(Timed::entry).toList(),
          finalText);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the item's history: " + e.getMessage(), e);
    }
  }

  /** The product name, as audited (null when not yet audited). */
  private static String productName(Connection c, String questionId) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("select product_name from questions where question_id = ?")) {
      ps.setString(1, questionId);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  /** Adds the revisions to {@code out}; returns the source of the latest one (or null). */
  private static String answers(Connection c, String questionId, List<Timed> out)
      throws SQLException {
    String latest = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "select revision, source, reviewer, text, coalesce(answered_at, recorded_at)"
                + " from answers where question_id = ? order by revision")) {
      ps.setString(1, questionId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String source = rs.getString(2);
          String reviewer = rs.getString(3);
          Instant at = instant(rs.getTimestamp(5));
          String who = reviewer == null ? source : reviewer + " (" + source + ")";
          out.add(
              new Timed(
                  at, new HistoryEntry(WHEN.format(at), who, "r" + rs.getInt(1), rs.getString(4))));
          latest = who;
        }
      }
    }
    return latest;
  }

  /** Adds the staff actions to {@code out}; returns the last text a reviewer published. */
  private static String actions(Connection c, UUID itemId, List<Timed> out) throws SQLException {
    String last = null;
    try (PreparedStatement ps =
        c.prepareStatement(
            "select acted_at, actor, action, reason, after_text from staff_actions"
                + " where item_id = ? and action not in ('CLAIM', 'RELEASE')"
                + " order by acted_at, action_id")) {
      ps.setObject(1, itemId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          Instant at = instant(rs.getTimestamp(1));
          String reason = rs.getString(4);
          String after = rs.getString(5);
          String action = rs.getString(3);
          out.add(
              new Timed(
                  at,
                  new HistoryEntry(
                      WHEN.format(at),
                      rs.getString(2),
                      reason == null ? action : action + " " + reason,
                      after)));
          if (after != null) {
            last = after;
          }
        }
      }
    }
    return last;
  }

  private static Instant instant(Timestamp t) {
    return t == null ? Instant.EPOCH : t.toInstant();
  }

  private record Timed(Instant at, HistoryEntry entry) {}
}
