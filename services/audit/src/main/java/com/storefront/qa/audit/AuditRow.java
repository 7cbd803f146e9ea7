package com.storefront.qa.audit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One row for one audit table, produced from one Kafka record by {@link RecordMapper}. Values are
 * keyed by column name; a column missing from the map is written as NULL.
 *
 * @param topic the topic the record was read from
 * @param partition its partition
 * @param offset its offset
 */
public record AuditRow(
    AuditTable table, Map<String, Object> values, String topic, int partition, long offset) {

  public AuditRow {
    Objects.requireNonNull(table, "table");
    for (String name : values.keySet()) {
      table.column(name); // fails fast on a typo
    }
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
  }

  /** The value of a column, or null. */
  public Object get(String column) {
    table.column(column);
    return values.get(column);
  }

  /** The value bound for a column, including the source coordinates every event row carries. */
  Object bindValue(String column) {
    if (table.hasSourceColumns()) {
      switch (column) {
        case "source_topic":
          return topic;
        case "source_partition":
          return partition;
        case "source_offset":
          return offset;
        default:
          break;
      }
    }
    return values.get(column);
  }

  /** Whether this row records a record the audit could not interpret. */
  public boolean isReject() {
    return table == AuditTable.AUDIT_REJECTS;
  }

  @Override
  public String toString() {
    // Values may hold (masked) free text; identifiers only.
    return "AuditRow[%s %s-%d@%d]".formatted(table.tableName(), topic, partition, offset);
  }
}
