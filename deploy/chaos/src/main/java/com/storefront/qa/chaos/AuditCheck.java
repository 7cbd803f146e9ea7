package com.storefront.qa.chaos;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.testkit.Postgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/** Counts what the audit writer stored for one run, to set against what the topics carried. */
final class AuditCheck {
  private AuditCheck() {}

  static Verdict.AuditCounts count(Postgres pg, String runId, Ledger ledger) throws SQLException {
    String like = "chaos-" + runId + "-%";
    long answerEvents = 0;
    for (String id : ledger.offered.keySet()) {
      answerEvents += ledger.revisions.getOrDefault(id, List.of()).stream().distinct().count();
    }
    try (Connection c = pg.connect()) {
      return new Verdict.AuditCounts(
          single(c, "SELECT count(*) FROM questions WHERE question_id LIKE ?", like),
          single(c, "SELECT count(*) FROM answers WHERE question_id LIKE ?", like),
          answerEvents,
          single(c, "SELECT count(*) FROM dlq_records WHERE topic = ?", Topics.QUESTIONS_DLQ),
          ledger.dlqRecords.get());
    }
  }

  private static long single(Connection c, String sql, String arg) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setString(1, arg);
      try (ResultSet r = s.executeQuery()) {
        r.next();
        return r.getLong(1);
      }
    }
  }
}
