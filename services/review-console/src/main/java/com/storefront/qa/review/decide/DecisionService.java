package com.storefront.qa.review.decide;

import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.model.ReviewItemStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * Applies staff decisions. One database transaction per decision: the item row is locked, the
 * version and claim are checked, then the decision row, the staff action, the labelled case and the
 * outbox event are written and the item updated, together or not at all. A retry with the same
 * idempotency key returns the first decision; a second submit without one fails the version check
 * (409). Either way there is at most one decision event, so at most one revision.
 *
 * <p>Authorisation (the reviewer's role in the item's shop) is the caller's job: see {@code
 * ShopAccess}.
 */
@ApplicationScoped
public class DecisionService {
  private final DataSource dataSource;

  @Inject
  public DecisionService(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Applies {@code request}.
   *
   * @throws ConflictException when the item changed, is no longer open or is claimed by another
   * @throws InvalidDecisionException when the decision cannot apply as sent
   * @throws java.util.NoSuchElementException when there is no such item
   */
  public DecisionResult decide(DecisionRequest request) {
    DecisionRules.validate(request);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        DecisionResult result = decide(c, request);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("decision not stored: " + e.getMessage(), e);
    }
  }

  private DecisionResult decide(Connection c, DecisionRequest r) throws SQLException {
    ReviewItem item =
        ReviewItemStore.find(c, r.itemId(), true).orElseThrow(NoSuchElementException::new);
    Optional<UUID> earlier = earlierDecision(c, r);
    if (earlier.isPresent()) {
      return new DecisionResult(earlier.get(), r.decision(), true, item);
    }
    Instant now = Instant.now();
    if (!"OPEN".equals(item.state())) {
      throw new ConflictException("the item is " + item.state() + " already", item);
    }
    if (item.version() != r.expectedVersion()) {
      throw new ConflictException(
          "the item changed since it was loaded (version %d, now %d)"
              .formatted(r.expectedVersion(), item.version()),
          item);
    }
    if (item.claimedByOther(r.reviewer(), now)) {
      throw new ConflictException("the item is claimed by " + item.claimedBy(), item);
    }
    DecisionRules.checkApplies(r, item);
    UUID decisionId = UUID.randomUUID();
    String published = r.decision() == StaffDecision.APPROVE ? item.draftReply() : r.text();
    insertDecision(c, decisionId, item, r, published);
    String before = item.draftReply() != null ? item.draftReply() : item.customerText();
    String after = r.decision().publishesText() ? published : null;
    StaffActions.record(
        c, item, r.reviewer(), r.decision().name(), r.reason(), before, after, decisionId);
    if (item.draftReply() != null && r.decision() != StaffDecision.CLOSE) {
      LabelledCases.record(c, item, r.decision(), r.reason(), published, r.reviewer());
    }
    if (r.decision().action().isPresent()) {
      Outbox.add(
          c,
          new ReviewDecision(
              ReviewDecision.SCHEMA_VERSION,
              decisionId.toString(),
              item.taskId(),
              item.questionId(),
              item.shopId(),
              r.decision().action().get(),
              r.decision().publishesText() ? published : null,
              r.reviewer(),
              now));
    }
    updateItem(c, item, r);
    return new DecisionResult(
        decisionId, r.decision(), false, ReviewItemStore.find(c, item.itemId(), false).get());
  }

  private static Optional<UUID> earlierDecision(Connection c, DecisionRequest r)
      throws SQLException {
    if (r.idempotencyKey() == null) {
      return Optional.empty();
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "select decision_id from decisions where item_id = ? and idempotency_key = ?")) {
      ps.setObject(1, r.itemId());
      ps.setString(2, r.idempotencyKey());
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getObject(1, UUID.class)) : Optional.empty();
      }
    }
  }

  private static void insertDecision(
      Connection c, UUID id, ReviewItem item, DecisionRequest r, String text) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into decisions (decision_id, item_id, question_id, shop_id, action, reason,"
                + " text, reviewer, idempotency_key) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, id);
      ps.setObject(2, item.itemId());
      ps.setString(3, item.questionId());
      ps.setString(4, item.shopId());
      ps.setString(5, r.decision().name());
      ps.setString(6, r.reason());
      ps.setString(7, text);
      ps.setString(8, r.reviewer());
      ps.setString(9, r.idempotencyKey());
      ps.executeUpdate();
    }
  }

  /** A reject leaves the item open as a follow-up; the others answer or close it. */
  private static void updateItem(Connection c, ReviewItem item, DecisionRequest r)
      throws SQLException {
    String sql =
        switch (r.decision()) {
          case REJECT ->
              "update review_items set reason = 'FOLLOW_UP', draft_reply = null,"
                  + " closed_reason = null, decided_by = ?, decided_at = now(), claimed_by = null,"
                  + " claim_expires_at = null, version = version + 1, updated_at = now()"
                  + " where item_id = ?";
          case CLOSE ->
              "update review_items set state = 'CLOSED', closed_reason = ?, decided_by = ?,"
                  + " decided_at = now(), claimed_by = null, claim_expires_at = null,"
                  + " version = version + 1, updated_at = now() where item_id = ?";
          default ->
              "update review_items set state = 'ANSWERED', decided_by = ?, decided_at = now(),"
                  + " claimed_by = null, claim_expires_at = null, version = version + 1,"
                  + " updated_at = now() where item_id = ?";
        };
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int i = 1;
      if (r.decision() == StaffDecision.CLOSE) {
        ps.setString(i++, r.reason());
      }
      ps.setString(i++, r.reviewer());
      ps.setObject(i, item.itemId());
      ps.executeUpdate();
    }
  }
}
