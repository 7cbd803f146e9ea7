package com.storefront.qa.audit;

import com.storefront.qa.contracts.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * Writes audit rows with idempotent {@code INSERT ... ON CONFLICT} statements, one JDBC transaction
 * per call: one set-based statement per keep-first table ({@link BulkInsert}), one JDBC batch for
 * the latest-wins table.
 *
 * <p>Failures: a transient one (see {@link ErrorClassifier}) rolls the whole transaction back and
 * throws {@link RetriableAuditException}; nothing of the batch is kept, so the caller can retry the
 * same records. A failure caused by the data (a value PostgreSQL refuses) makes the call redo the
 * batch row by row under savepoints and write each refused row to {@code audit_rejects} instead, so
 * one bad record never blocks the others.
 */
public final class AuditRepository {
  private static final Logger LOG = Logger.getLogger(AuditRepository.class.getName());

  private final DataSource dataSource;
  private final RowListener listener;

  public AuditRepository(DataSource dataSource) {
    this(dataSource, RowListener.NONE);
  }

  /**
   * @param listener derives further rows inside each batch's transaction (see {@link RowListener})
   */
  public AuditRepository(DataSource dataSource, RowListener listener) {
    this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /**
   * Writes every row in one transaction.
   *
   * @throws RetriableAuditException when the transaction was rolled back and should be retried
   */
  public WriteResult write(List<AuditRow> rows) {
    if (rows.isEmpty()) {
      return WriteResult.empty();
    }
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        planEachStatementForItsBatch(c);
        WriteResult result = writeBatched(c, rows);
        listener.written(c, rows);
        c.commit();
        return result;
      } catch (SQLException e) {
        rollbackQuietly(c);
        if (ErrorClassifier.isRetriable(e)) {
          throw new RetriableAuditException("audit batch rolled back: " + describe(e), e);
        }
        LOG.log(
            Level.WARNING,
            "audit batch refused ({0}); writing its {1} rows one by one",
            new Object[] {describe(e), rows.size()});
      }
      try {
        planEachStatementForItsBatch(c);
        WriteResult result = writeOneByOne(c, rows);
        notifyGuarded(c, rows);
        c.commit();
        return result;
      } catch (SQLException e) {
        rollbackQuietly(c);
        // Not even the reject rows could be written: the schema or the server is broken. Nothing
        // is lost by waiting; the records stay in Kafka until a write succeeds.
        throw new RetriableAuditException("audit batch could not be written: " + describe(e), e);
      }
    } catch (SQLException e) {
      throw new RetriableAuditException("no audit database connection: " + describe(e), e);
    }
  }

  /**
   * Makes PostgreSQL plan every statement of this transaction for its own parameters. The batch
   * statements take one array per column, from 1 to {@code max-batch} elements; a cached generic
   * plan knows neither that length nor how large the tables have grown since it was made. Measured
   * in the pipeline benchmark: the review feed's update, planned generically while {@code
   * review_items} was empty, kept a sequential scan of it, 54 ms per batch at 130,000 items and 76%
   * of the server's time. A custom plan costs a fraction of a millisecond per statement.
   */
  private static void planEachStatementForItsBatch(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("SET LOCAL plan_cache_mode = force_custom_plan");
    }
  }

  private WriteResult writeBatched(Connection c, List<AuditRow> rows) throws SQLException {
    Map<AuditTable, List<AuditRow>> byTable = new EnumMap<>(AuditTable.class);
    for (AuditRow row : rows) {
      byTable.computeIfAbsent(row.table(), t -> new ArrayList<>()).add(row);
    }
    Map<AuditTable, Integer> written = new EnumMap<>(AuditTable.class);
    Map<AuditTable, Integer> unchanged = new EnumMap<>(AuditTable.class);
    for (var entry : byTable.entrySet()) {
      AuditTable table = entry.getKey();
      List<AuditRow> tableRows = entry.getValue();
      if (BulkInsert.supports(table)) {
        // One statement for the whole batch: PostgreSQL executes once, not once per row.
        int inserted = BulkInsert.write(c, table, tableRows);
        written.merge(table, inserted, Integer::sum);
        unchanged.merge(table, tableRows.size() - inserted, Integer::sum);
        continue;
      }
      try (PreparedStatement ps = c.prepareStatement(table.insertSql())) {
        for (AuditRow row : tableRows) {
          bind(ps, row);
          ps.addBatch();
        }
        int[] counts = ps.executeBatch();
        count(table, counts, written, unchanged);
      }
    }
    return new WriteResult(written, unchanged, 0);
  }

  private WriteResult writeOneByOne(Connection c, List<AuditRow> rows) throws SQLException {
    Map<AuditTable, Integer> written = new EnumMap<>(AuditTable.class);
    Map<AuditTable, Integer> unchanged = new EnumMap<>(AuditTable.class);
    int demoted = 0;
    for (AuditRow row : rows) {
      Savepoint sp = c.setSavepoint();
      try {
        count(row.table(), new int[] {insertOne(c, row)}, written, unchanged);
        c.releaseSavepoint(sp);
      } catch (SQLException e) {
        if (ErrorClassifier.isRetriable(e)) {
          throw e;
        }
        c.rollback(sp);
        AuditRow reject = demote(row, e);
        count(reject.table(), new int[] {insertOne(c, reject)}, written, unchanged);
        demoted++;
        LOG.log(
            Level.WARNING,
            "{0} refused by the database ({1}); recorded in audit_rejects",
            new Object[] {row, describe(e)});
      }
    }
    return new WriteResult(written, unchanged, demoted);
  }

  /** The listener under a savepoint: a data error there must not cost the audit rows. */
  private void notifyGuarded(Connection c, List<AuditRow> rows) throws SQLException {
    Savepoint sp = c.setSavepoint();
    try {
      listener.written(c, rows);
      c.releaseSavepoint(sp);
    } catch (SQLException e) {
      if (ErrorClassifier.isRetriable(e)) {
        throw e;
      }
      c.rollback(sp);
      LOG.log(
          Level.SEVERE,
          "the audit row listener refused a batch ({0}); its {1} audit rows are kept without it",
          new Object[] {describe(e), rows.size()});
    }
  }

  private static int insertOne(Connection c, AuditRow row) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(row.table().insertSql())) {
      bind(ps, row);
      return ps.executeUpdate();
    }
  }

  /** A reject row standing in for a row the database refused; its values become the payload. */
  static AuditRow demote(AuditRow row, SQLException e) {
    Map<String, Object> payload = new LinkedHashMap<>();
    row.values().forEach((k, v) -> payload.put(k, v instanceof Instant i ? i.toString() : v));
    Map<String, Object> v = new LinkedHashMap<>();
    v.put("topic", row.topic());
    v.put("kafka_partition", row.partition());
    v.put("kafka_offset", row.offset());
    v.put("error", "database refused the " + row.table().tableName() + " row: " + describe(e));
    v.put("record_key", null);
    v.put("payload_masked", StoredText.clean(Json.toJson(payload)));
    v.put("payload_bytes", 0);
    return new AuditRow(AuditTable.AUDIT_REJECTS, v, row.topic(), row.partition(), row.offset());
  }

  private static void count(
      AuditTable table,
      int[] counts,
      Map<AuditTable, Integer> written,
      Map<AuditTable, Integer> unchanged) {
    for (int n : counts) {
      if (n > 0 || n == Statement.SUCCESS_NO_INFO) {
        written.merge(table, 1, Integer::sum);
      } else {
        unchanged.merge(table, 1, Integer::sum);
      }
    }
  }

  static void bind(PreparedStatement ps, AuditRow row) throws SQLException {
    int i = 1;
    for (AuditTable.Column col : row.table().columns()) {
      Object value = row.bindValue(col.name());
      switch (col.type()) {
        case TEXT, JSONB -> {
          if (value == null) {
            ps.setNull(i, Types.VARCHAR);
          } else {
            ps.setString(i, value.toString());
          }
        }
        case INT -> {
          if (value == null) {
            ps.setNull(i, Types.INTEGER);
          } else {
            ps.setInt(i, ((Number) value).intValue());
          }
        }
        case BIGINT -> {
          if (value == null) {
            ps.setNull(i, Types.BIGINT);
          } else {
            ps.setLong(i, ((Number) value).longValue());
          }
        }
        case DOUBLE -> {
          if (value == null) {
            ps.setNull(i, Types.DOUBLE);
          } else {
            ps.setDouble(i, ((Number) value).doubleValue());
          }
        }
        case BOOL -> {
          if (value == null) {
            ps.setNull(i, Types.BOOLEAN);
          } else {
            ps.setBoolean(i, (Boolean) value);
          }
        }
        case TIMESTAMPTZ -> {
          if (value == null) {
            ps.setNull(i, Types.TIMESTAMP_WITH_TIMEZONE);
          } else {
            ps.setObject(i, OffsetDateTime.ofInstant((Instant) value, ZoneOffset.UTC));
          }
        }
      }
      i++;
    }
  }

  private static void rollbackQuietly(Connection c) {
    try {
      c.rollback();
    } catch (SQLException ignored) {
      // The connection is likely gone; the server rolls back an unfinished transaction itself.
    }
  }

  /** A one-line description: SQLState and message, following JDBC's next-exception chain. */
  static String describe(Throwable e) {
    StringBuilder sb = new StringBuilder();
    Throwable t = e;
    if (e instanceof SQLException sql && sql.getNextException() != null) {
      t = sql.getNextException();
    }
    if (t instanceof SQLException sql && sql.getSQLState() != null) {
      sb.append('[').append(sql.getSQLState()).append("] ");
    }
    String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
    sb.append(msg.lines().findFirst().orElse(msg));
    return sb.toString();
  }
}
