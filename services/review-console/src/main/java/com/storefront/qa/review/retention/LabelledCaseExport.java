package com.storefront.qa.review.retention;

import com.storefront.qa.contracts.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * A shop's labelled cases as a {@code moderation eval} corpus (JSONL, one case per line): the
 * question (masked) and the held draft, labelled {@code publish} when staff approved the draft as
 * it was and {@code hold} when they edited, rejected or replaced it, with the reject reason, the
 * final text and {@code kind = staff-<verdict>}. {@code moderation eval cases.jsonl} then scores a
 * change of prompt, model or checks against what staff corrected.
 */
public final class LabelledCaseExport {
  private final DataSource dataSource;

  public LabelledCaseExport(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** The shop's cases, oldest first, one JSON object per line. */
  public List<String> lines(String shopId) {
    List<String> lines = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select question, draft, locale, verdict, reason, final_text from labelled_cases"
                    + " where shop_id = ? and draft is not null and question is not null"
                    + " order by labelled_at, case_id")) {
      ps.setString(1, shopId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String verdict = rs.getString(4);
          Map<String, Object> line = new LinkedHashMap<>();
          line.put("question", rs.getString(1));
          line.put("reply", rs.getString(2));
          line.put("locale", rs.getString(3));
          line.put("label", "APPROVED".equals(verdict) ? "publish" : "hold");
          line.put("reasons", rs.getString(5) == null ? List.of() : List.of(rs.getString(5)));
          line.put("kind", "staff-" + verdict.toLowerCase(Locale.ROOT));
          line.put("finalText", rs.getString(6));
          lines.add(Json.toJson(line));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot export labelled cases: " + e.getMessage(), e);
    }
    return lines;
  }
}
