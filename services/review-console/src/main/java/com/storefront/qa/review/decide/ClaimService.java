package com.storefront.qa.review.decide;

import com.storefront.qa.review.app.ConsoleConfig;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.model.ReviewItemStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.NoSuchElementException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Claims: a reviewer leases an open item for {@code qa.console.claim.lease}; claiming it again
 * renews the lease. While the lease runs nobody else can claim or decide it; an expired claim is
 * free for anyone. Claims do not change the item's version (they are not content).
 */
@ApplicationScoped
public class ClaimService {
  private final DataSource dataSource;
  private final Duration lease;

  @Inject
  public ClaimService(DataSource dataSource, ConsoleConfig config) {
    this(dataSource, config.claim().lease());
  }

  /** A service leasing claims for {@code lease}. */
  public ClaimService(DataSource dataSource, Duration lease) {
    this.dataSource = dataSource;
    this.lease = lease;
  }

  /**
   * Claims or renews.
   *
   * @throws ConflictException when the item is not open or another reviewer holds it
   */
  public ReviewItem claim(UUID itemId, String reviewer) {
    return change(
        itemId,
        reviewer,
        "update review_items set claimed_by = ?, claim_expires_at = now() + ? * interval '1"
            + " millisecond' where item_id = ? and state = 'OPEN' and (claimed_by is null or"
            + " claimed_by = ? or claim_expires_at < now())",
        "CLAIM");
  }

  /** Gives a claim up; a no-op when the reviewer does not hold it. */
  public ReviewItem release(UUID itemId, String reviewer) {
    return change(
        itemId,
        reviewer,
        "update review_items set claimed_by = null, claim_expires_at = null"
            + " where item_id = ? and claimed_by = ?",
        "RELEASE");
  }

  private ReviewItem change(UUID itemId, String reviewer, String sql, String action) {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        ReviewItem item =
            ReviewItemStore.find(c, itemId, true).orElseThrow(NoSuchElementException::new);
        int n;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
          if (action.equals("CLAIM")) {
            ps.setString(1, reviewer);
            ps.setLong(2, lease.toMillis());
            ps.setObject(3, itemId);
            ps.setString(4, reviewer);
          } else {
            ps.setObject(1, itemId);
            ps.setString(2, reviewer);
          }
          n = ps.executeUpdate();
        }
        if (n == 0 && action.equals("CLAIM")) {
          c.rollback();
          throw new ConflictException(
              "OPEN".equals(item.state())
                  ? "the item is claimed by " + item.claimedBy()
                  : "the item is " + item.state(),
              item);
        }
        if (n > 0) {
          StaffActions.record(c, item, reviewer, action, null, null, null, null);
        }
        ReviewItem after = ReviewItemStore.find(c, itemId, false).orElseThrow();
        c.commit();
        return after;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("claim not stored: " + e.getMessage(), e);
    }
  }
}
