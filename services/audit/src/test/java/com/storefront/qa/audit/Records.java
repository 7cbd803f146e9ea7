package com.storefront.qa.audit;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;

/** ConsumerRecords built by hand for mapper tests. */
final class Records {
  private Records() {}

  static ConsumerRecord<byte[], byte[]> record(
      String topic, int partition, long offset, String key, byte[] value) {
    return record(topic, partition, offset, key, value, new RecordHeaders());
  }

  static ConsumerRecord<byte[], byte[]> record(
      String topic, int partition, long offset, String key, byte[] value, RecordHeaders headers) {
    byte[] k = key == null ? null : key.getBytes(StandardCharsets.UTF_8);
    return new ConsumerRecord<>(
        topic,
        partition,
        offset,
        0L,
        TimestampType.CREATE_TIME,
        k == null ? -1 : k.length,
        value == null ? -1 : value.length,
        k,
        value,
        headers,
        Optional.empty());
  }

  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
