package com.storefront.qa.audit;

import java.util.Collection;
import java.util.logging.Logger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/** Logs the audit consumer's partition changes (assignments at INFO, revocations at FINE). */
final class LoggingRebalanceListener implements ConsumerRebalanceListener {
  private static final Logger LOG = Logger.getLogger(AuditWriter.class.getName());

  @Override
  public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
    if (!partitions.isEmpty()) {
      LOG.fine(() -> "audit partitions revoked: " + partitions);
    }
  }

  @Override
  public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
    LOG.info("audit partitions assigned: " + partitions.size());
  }
}
