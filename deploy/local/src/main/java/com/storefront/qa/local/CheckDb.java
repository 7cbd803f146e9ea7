package com.storefront.qa.local;

import com.storefront.qa.testkit.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;
import org.postgresql.ds.PGSimpleDataSource;

/** Plain JDBC for checking the audit from outside the writer (tests, the benchmark's lag). */
final class CheckDb {
  private CheckDb() {}

  /** A data source that opens a fresh connection each time, so it survives a server restart. */
  static PGSimpleDataSource dataSource(String url) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setUrl(url);
    ds.setUser(Postgres.USER);
    ds.setConnectTimeout(3);
    ds.setLoginTimeout(5);
    ds.setSocketTimeout(60);
    ds.setTcpKeepAlive(true);
    ds.setApplicationName("qa-local-pipeline");
    return ds;
  }

  /** Rows in a table matching a WHERE clause, or all (trusted, test-written SQL). */
  static long count(DataSource db, String table, String where) {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM " + table + (where == null ? "" : " WHERE " + where))) {
      rs.next();
      return rs.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("count(" + table + ") failed: " + e.getMessage(), e);
    }
  }
}
