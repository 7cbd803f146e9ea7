package com.storefront.qa.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.testkit.Postgres;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Flyway migrations are the schema; {@link AuditTable} must describe exactly what they create
 * (every column, its type and the conflict key), checked on a real PostgreSQL 17. Also: upgrading
 * an audit written before V3 removes every raw customer reference it held.
 */
class AuditSchemaIT {
  private static final Map<ColumnType, String> SQL_TYPES =
      Map.of(
          ColumnType.TEXT, "text",
          ColumnType.INT, "integer",
          ColumnType.BIGINT, "bigint",
          ColumnType.DOUBLE, "double precision",
          ColumnType.BOOL, "boolean",
          ColumnType.TIMESTAMPTZ, "timestamp with time zone",
          ColumnType.JSONB, "jsonb");

  private static Postgres pg;

  @BeforeAll
  static void start() throws SQLException {
    pg = Postgres.start();
    migrate("2");
    try (Connection c = pg.connect();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into questions (question_id, shop_id, text_masked, asked_at, customer_ref,"
              + " source_topic, source_partition, source_offset)"
              + " values ('old-q-1', 's', 'hi', now(), 'member-8812', 't', 0, 1)");
      s.execute(
          "insert into dlq_records (topic, kafka_partition, kafka_offset, value_masked, value_bytes)"
              + " values ('dlq', 0, 1, '{\"a\":1,\"customerRef\": \"member-8812\",\"b\":2}', 40),"
              + " ('dlq', 0, 2, '{\"customerRef\":\"member-\\\"8812', 30)");
      s.execute(
          "insert into audit_rejects (topic, kafka_partition, kafka_offset, error, payload_masked,"
              + " payload_bytes) values ('t', 0, 1, 'bad', '{\"customerRef\":88120042}', 30)");
    }
    migrate(null);
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void everyAuditTableMatchesTheMigratedSchema() throws SQLException {
    for (AuditTable t : AuditTable.values()) {
      Map<String, String> expected = new LinkedHashMap<>();
      t.columns().forEach(c -> expected.put(c.name(), SQL_TYPES.get(c.type())));
      expected.put("recorded_at", "timestamp with time zone"); // set by the database
      assertThat(columns(t.tableName())).as("columns of %s", t.tableName()).isEqualTo(expected);
      assertThat(primaryKey(t.tableName())).as("key of %s", t.tableName()).isEqualTo(t.key());
    }
  }

  @Test
  void upgradingClearsEveryRawCustomerRef() throws SQLException {
    assertThat(strings("select customer_ref_hash from questions")).containsExactly((String) null);
    assertThat(strings("select value_masked from dlq_records order by kafka_offset"))
        .containsExactly(
            "{\"a\":1,\"customerRef\": \"[customerRef removed]\",\"b\":2}",
            "{\"customerRef\":\"[customerRef removed]\"");
    assertThat(strings("select payload_masked from audit_rejects"))
        .containsExactly("{\"customerRef\":\"[customerRef removed]\"}");
  }

  private static void migrate(String target) {
    var config = Flyway.configure().dataSource(pg.dataSource()).locations("classpath:db/migration");
    if (target != null) {
      config.target(MigrationVersion.fromVersion(target));
    }
    config.load().migrate();
  }

  private static Map<String, String> columns(String table) throws SQLException {
    Map<String, String> m = new LinkedHashMap<>();
    try (Connection c = pg.connect();
        PreparedStatement ps =
            c.prepareStatement(
                "select column_name, data_type from information_schema.columns"
                    + " where table_schema = 'public' and table_name = ? order by ordinal_position")) {
      ps.setString(1, table);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          m.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return m;
  }

  private static List<String> primaryKey(String table) throws SQLException {
    return strings(
        "select a.attname from pg_index i join pg_attribute a on a.attrelid = i.indrelid"
            + " and a.attnum = any(i.indkey) where i.indisprimary and i.indrelid = '"
            + table
            + "'::regclass order by array_position(i.indkey::int2[], a.attnum)");
  }

  private static List<String> strings(String sql) throws SQLException {
    List<String> out = new ArrayList<>();
    try (Connection c = pg.connect();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        out.add(rs.getString(1));
      }
    }
    return out;
  }
}
