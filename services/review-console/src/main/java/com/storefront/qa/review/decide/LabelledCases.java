package com.storefront.qa.review.decide;

import com.storefront.qa.review.model.ReviewItem;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Every staff verdict on a draft becomes a labelled case ({@code labelled_cases}): the question
 * (masked), the draft, the verdict (APPROVED, EDITED, REJECTED or ANSWERED), the reason and the
 * final text, so a change of prompt, model or checks can be scored against what staff corrected
 * ({@code moderation eval}).
 */
final class LabelledCases {
  private LabelledCases() {}

  static void record(
      Connection c,
      ReviewItem item,
      StaffDecision decision,
      String reason,
      String finalText,
      String reviewer)
      throws SQLException {
    String verdict =
        switch (decision) {
          case APPROVE -> "APPROVED";
          case EDIT -> "EDITED";
          case REJECT -> "REJECTED";
          case ANSWER -> "ANSWERED";
          case CLOSE -> throw new IllegalArgumentException("a close teaches nothing");
        };
    try (PreparedStatement ps =
        c.prepareStatement(
            "insert into labelled_cases (item_id, question_id, shop_id, locale, question, draft,"
                + " verdict, reason, final_text, reviewer) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      ps.setObject(1, item.itemId());
      ps.setString(2, item.questionId());
      ps.setString(3, item.shopId());
      ps.setString(4, item.locale());
      ps.setString(5, item.questionMasked());
      ps.setString(6, item.draftReply());
      ps.setString(7, verdict);
      ps.setString(8, reason);
      ps.setString(9, decision == StaffDecision.REJECT ? null : finalText);
      ps.setString(10, reviewer);
      ps.executeUpdate();
    }
  }
}
