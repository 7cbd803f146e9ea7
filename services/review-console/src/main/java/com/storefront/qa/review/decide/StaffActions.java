package com.storefront.qa.review.decide;

import com.storefront.qa.review.model.ReviewItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Appends to {@code staff_actions}: who did what to which item, when, with the text before/after.
 */
public final class StaffActions {
  private StaffActions() {}

  /** Records one action in the caller's transaction. */
  public static void record(
      Connection c,
      ReviewItem item,
      String actor,
      String action,
      String reason,
      String before,
      String after,
      UUID decisionId)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into staff_actions (item_id, question_id, shop_id, actor, action, reason,"
                + " before_text, after_text, decision_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, item.itemId());
      ps.setString(2, item.questionId());
      ps.setString(3, item.shopId());
      ps.setString(4, actor);
      ps.setString(5, action);
      ps.setString(6, reason);
      ps.setString(7, before);
      ps.setString(8, after);
      ps.setObject(9, decisionId);
      ps.executeUpdate();
    }
  }
}
