package com.storefront.qa.audit;

import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.errors.WakeupException;

/**
 * Commits the audit consumer's positions ({@link ConsumerPositions#positions}) when they moved,
 * remembering what it committed so an idle consumer does not commit on every poll. Used by the
 * writer thread only, and only when every record the consumer has returned is written.
 */
final class PositionCommitter {
  private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());

  private final Map<TopicPartition, Long> committed = new HashMap<>();

  /**
   * Commits every assigned partition's position that moved since the last commit.
   *
   * @return false when the commit was interrupted because the writer is stopping
   */
  boolean commit(Consumer<byte[], byte[]> c) {
    committed.keySet().retainAll(c.assignment());
    Map<TopicPartition, OffsetAndMetadata> offsets = ConsumerPositions.positions(c, committed);
    if (offsets.isEmpty()) {
      return true;
    }
    try {
      c.commitSync(offsets);
      offsets.forEach((tp, o) -> committed.put(tp, o.offset()));
    } catch (WakeupException | InterruptException e) {
      // Stopping: the rows are written; the next owner re-reads them and the inserts skip them.
      return false;
    } catch (KafkaException e) {
      // A rebalance or a broker hiccup: the rows are written, so re-delivery is harmless.
      LOG.warning("offset commit failed (records will be re-read and skipped): " + e);
    }
    return true;
  }
}
