package com.storefront.qa.review.decide;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;

/**
 * One relay round over the outbox: lock the oldest unpublished events, send them, and mark them
 * published only once the broker acknowledged them, in one database transaction.
 */
public final class OutboxDrain {
  /** Events per round. */
  public static final int BATCH = 100;

  private final DataSource dataSource;

  public OutboxDrain(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Publishes up to {@link #BATCH} pending events through {@code via}.
   *
   * @return events published
   * @throws IllegalStateException when the database or the send failed (nothing marked)
   */
  public int publishPending(DecisionPublisher via) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        List<Outbox.Entry> entries = Outbox.pending(c, BATCH);
        if (!entries.isEmpty()) {
          via.send(entries);
          Outbox.markPublished(c, entries);
        }
        c.commit();
        return entries.size();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("outbox: " + e.getMessage(), e);
    }
  }
}
