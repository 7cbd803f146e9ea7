package com.storefront.qa.review.web.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** A WHERE clause grown condition by condition, with its parameters in order. */
final class Sql {
  private final StringBuilder where = new StringBuilder(" where true");
  private final List<Object> params = new ArrayList<>();

  Sql and(String condition, Object... values) {
    where.append(" and (").append(condition).append(')');
    params.addAll(List.of(values));
    return this;
  }

  String where() {
    return where.toString();
  }

  /**
   * Prepares {@code head + where + tail} with {@code before} parameters first, then the clause's.
   */
  PreparedStatement prepare(Connection c, String head, String tail, Object... before)
      throws SQLException {
    PreparedStatement ps = c.prepareStatement(head + where + tail);
    int i = 1;
    for (Object v : before) {
      ps.setObject(i++, v);
    }
    for (Object v : params) {
      if (v instanceof String[] array) {
        ps.setArray(i++, c.createArrayOf("text", array));
      } else {
        ps.setObject(i++, v);
      }
    }
    return ps;
  }

  /** A LIKE pattern that matches {@code text} anywhere, with LIKE's own wildcards escaped. */
  static String contains(String text) {
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
  }
}
