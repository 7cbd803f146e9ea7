package com.storefront.qa.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The audit writer's meters ({@code qa.audit.*}, see docs/audit.md). Kept apart from the loop so
 * the loop reads as the delivery protocol it is.
 */
final class AuditMetrics {
  private final MeterRegistry registry;
  private final Counter batches;
  private final Counter retries;
  private final Timer batchTimer;
  private final Map<String, Counter> counters = new ConcurrentHashMap<>();

  AuditMetrics(MeterRegistry registry, AtomicLong lag, AtomicLong consecutiveFailures) {
    this.registry = registry;
    this.batches =
        Counter.builder("qa.audit.batches")
            .description("Poll batches written to the audit database")
            .register(registry);
    this.retries =
        Counter.builder("qa.audit.retries")
            .description("Batches rolled back for a transient database error and retried")
            .register(registry);
    this.batchTimer =
        Timer.builder("qa.audit.batch.duration")
            .description("Time to write one batch (one transaction) to the audit database")
            .register(registry);
    Gauge.builder("qa.audit.consumer.lag", lag, l -> Math.max(0, l.get()))
        .description("Records on the audited topics not yet written to the audit database")
        .register(registry);
    Gauge.builder("qa.audit.consecutive.failures", consecutiveFailures, AtomicLong::get)
        .description("Failed attempts since the last successful batch (0 = healthy)")
        .register(registry);
  }

  void retried() {
    retries.increment();
  }

  /** One committed batch: its duration, rows per table and rejects per topic. */
  void batchWritten(long nanos, WriteResult result, Map<String, Integer> rejectsByTopic) {
    batchTimer.record(nanos, TimeUnit.NANOSECONDS);
    batches.increment();
    result.written().forEach((table, n) -> rows("qa.audit.rows.written", table).increment(n));
    result.unchanged().forEach((table, n) -> rows("qa.audit.rows.unchanged", table).increment(n));
    rejectsByTopic.forEach((topic, n) -> rejects(topic).increment(n));
  }

  private Counter rejects(String topic) {
    return counters.computeIfAbsent(
        "rejects|" + topic,
        k ->
            Counter.builder("qa.audit.rejects")
                .description("Records the audit could not interpret (audit_rejects)")
                .tag("topic", topic)
                .register(registry));
  }

  private Counter rows(String name, AuditTable table) {
    return counters.computeIfAbsent(
        name + "|" + table.tableName(),
        k ->
            Counter.builder(name)
                .description(
                    name.endsWith("written")
                        ? "Audit rows inserted (or, for latest-wins tables, replaced)"
                        : "Audit rows already present (replays, duplicate events)")
                .tag("table", table.tableName())
                .register(registry));
  }
}
