package com.storefront.qa.audit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;

/**
 * One poll batch into the database: maps every record to its row ({@link RecordMapper}), writes
 * them in one transaction ({@link AuditRepository}) and records the meters. Any failure surfaces as
 * {@link RetriableAuditException}, so the loop never skips a record and never dies of a bug.
 */
final class BatchWriter {
  private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());

  private final RecordMapper mapper;
  private final AuditRepository repository;
  private final AuditMetrics metrics;

  BatchWriter(RecordMapper mapper, AuditRepository repository, AuditMetrics metrics) {
    this.mapper = mapper;
    this.repository = repository;
    this.metrics = metrics;
  }

  /**
   * Writes the batch.
   *
   * @return the records written (as rows or rejects)
   * @throws RetriableAuditException when nothing of the batch was kept
   */
  int write(ConsumerRecords<byte[], byte[]> records) {
    List<AuditRow> rows = new ArrayList<>(records.count());
    Map<String, Integer> rejectsByTopic = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> record : records) {
      AuditRow row = mapper.map(record);
      if (row.isReject()) {
        rejectsByTopic.merge(record.topic(), 1, Integer::sum);
        LOG.warning(
            () ->
                "audit reject %s-%d@%d: %s"
                    .formatted(
                        record.topic(), record.partition(), record.offset(), row.get("error")));
      }
      rows.add(row);
    }
    long start = System.nanoTime();
    WriteResult result;
    try {
      result = repository.write(rows);
    } catch (RetriableAuditException e) {
      throw e;
    } catch (RuntimeException | AssertionError e) {
      // Unexpected (a bug, a driver surprise such as pgjdbc's internal assertions on a connection
      // that died mid-statement when -ea is on): never skip records, never kill the loop.
      throw new RetriableAuditException("unexpected audit write failure: " + e, e);
    }
    metrics.batchWritten(System.nanoTime() - start, result, rejectsByTopic);
    return rows.size();
  }
}
