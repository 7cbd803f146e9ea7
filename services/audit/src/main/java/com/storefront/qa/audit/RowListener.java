package com.storefront.qa.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/**
 * Code that derives its own tables from audit rows, inside the audit writer's transaction: what it
 * writes commits or rolls back with the rows, so it never misses an event and never sees one that
 * was not stored. The review console's review items are fed this way.
 *
 * <p>It receives every row of a batch, including rows the database already had (a replay or a
 * duplicate event), so what it writes must be idempotent too. It must not commit or roll back.
 */
@FunctionalInterface
public interface RowListener {
  /** Nothing derived. */
  RowListener NONE = (connection, rows) -> {};

  /**
   * Called after {@code rows} were inserted, before the transaction commits.
   *
   * @throws SQLException to roll the batch back: a transient error retries the batch, any other
   *     makes the writer redo the batch row by row and then call the listener once more under a
   *     savepoint (a second failure is logged and the audit rows are kept without it)
   */
  void written(Connection connection, List<AuditRow> rows) throws SQLException;
}
