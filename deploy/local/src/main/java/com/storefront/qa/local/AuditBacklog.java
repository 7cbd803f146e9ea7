package com.storefront.qa.local;

import com.storefront.qa.contracts.Topics;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * The audit's backlog as an operator sees it: the log end offsets of every audited topic minus the
 * audit group's committed offsets (what {@code kafka-consumer-groups --describe} calls lag). It
 * counts records written to Kafka and not yet committed as audited, transaction markers included,
 * so it reaches 0 only when the writer commits past them.
 */
final class AuditBacklog implements AutoCloseable {
  private final Admin admin;
  private final String group;
  private final int partitions;

  AuditBacklog(String bootstrap, String group, int partitions) {
    this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    this.group = group;
    this.partitions = partitions;
  }

  /** Records behind, or -1 when the broker did not answer. */
  long rowsBehind() {
    try {
      Map<TopicPartition, OffsetSpec> query = new HashMap<>();
      for (String topic : Topics.ALL) {
        for (int p = 0; p < partitions; p++) {
          query.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
      }
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
      long behind = 0;
      for (var e : admin.listOffsets(query).all().get().entrySet()) {
        OffsetAndMetadata c = committed.get(e.getKey());
        behind += e.getValue().offset() - (c == null ? 0 : c.offset());
      }
      return behind;
    } catch (ExecutionException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
