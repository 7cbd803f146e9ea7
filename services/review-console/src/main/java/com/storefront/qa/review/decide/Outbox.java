package com.storefront.qa.review.decide;

import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.json.Json;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The transactional outbox ({@code decision_outbox}): a decision's event is written in the same
 * database transaction as the decision, and {@link OutboxRelay} publishes it afterwards. A console
 * that dies after the commit loses nothing (the row waits); one that dies before it decided
 * nothing.
 */
public final class Outbox {
  private Outbox() {}

  /** One event waiting to be published. */
  public record Entry(long outboxId, String key, byte[] payload) {}

  /** Adds the decision's event, keyed by its questionId, in the caller's transaction. */
  public static void add(Connection c, ReviewDecision decision) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into decision_outbox (decision_id, record_key, payload)"
                + " values (?::uuid, ?, ?::jsonb)")) {
      ps.setString(1, decision.decisionId());
      ps.setString(2, decision.questionId());
      ps.setString(3, Json.toJson(decision));
      ps.executeUpdate();
    }
  }

  /**
   * The oldest unpublished events, locked for this transaction ({@code SKIP LOCKED}: two console
   * replicas never send the same row at the same time).
   */
  public static List<Entry> pending(Connection c, int limit) throws SQLException {
    List<Entry> entries = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "select outbox_id, record_key, payload::text from decision_outbox"
                + " where published_at is null order by outbox_id limit ?"
                + " for update skip locked")) {
      ps.setInt(1, limit);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          entries.add(
              new Entry(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3).getBytes(StandardCharsets.UTF_8)));
        }
      }
    }
    return entries;
  }

  /** Marks events as published. */
  public static void markPublished(Connection c, List<Entry> entries) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "update decision_outbox set published_at = now(), attempts = attempts + 1"
                + " where outbox_id = ?")) {
      for (Entry e : entries) {
        ps.setLong(1, e.outboxId());
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  /** Events not yet published (a gauge; 0 when the relay keeps up). */
  public static long backlog(Connection c) throws SQLException {
    try (PreparedStatement ps =
            c.prepareStatement("select count(*) from decision_outbox where published_at is null");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
