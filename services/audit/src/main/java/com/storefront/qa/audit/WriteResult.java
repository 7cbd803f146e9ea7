package com.storefront.qa.audit;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one batch did: per table, how many rows were new (or, for latest-wins tables, changed) and
 * how many were already there (a replay or a duplicate event).
 *
 * @param demoted rows that the database refused for a data reason and that were written to
 *     audit_rejects instead
 */
public record WriteResult(
    Map<AuditTable, Integer> written, Map<AuditTable, Integer> unchanged, int demoted) {

  public WriteResult {
    written = Collections.unmodifiableMap(new EnumMap<>(written));
    unchanged = Collections.unmodifiableMap(new EnumMap<>(unchanged));
  }

  static WriteResult empty() {
    return new WriteResult(new EnumMap<>(AuditTable.class), new EnumMap<>(AuditTable.class), 0);
  }

  public int totalWritten() {
    return written.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int totalUnchanged() {
    return unchanged.values().stream().mapToInt(Integer::intValue).sum();
  }
}
