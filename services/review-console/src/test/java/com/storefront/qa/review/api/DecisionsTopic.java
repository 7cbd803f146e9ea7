package com.storefront.qa.review.api;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads {@code qa.review.decisions.v1} from the start, as the orchestrator does. */
final class DecisionsTopic {
  private DecisionsTopic() {}

  /** Every committed decision for {@code questionId}, read for {@code window}. */
  static List<ReviewDecision> read(String bootstrap, String questionId, Duration window) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    p.put("isolation.level", "read_committed");
    p.put("key.deserializer", ByteArrayDeserializer.class.getName());
    p.put("value.deserializer", ByteArrayDeserializer.class.getName());
    List<ReviewDecision> found = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> c = new KafkaConsumer<>(p)) {
      List<TopicPartition> parts =
          c.partitionsFor(Topics.REVIEW_DECISIONS).stream()
              .map(i -> new TopicPartition(i.topic(), i.partition()))
              .toList();
      c.assign(parts);
      c.seekToBeginning(parts);
      long end = System.nanoTime() + window.toNanos();
      while (System.nanoTime() < end) {
        for (ConsumerRecord<byte[], byte[]> r : c.poll(Duration.ofMillis(200))) {
          if (questionId.equals(new String(r.key(), StandardCharsets.UTF_8))) {
            found.add(Json.fromBytes(r.value(), ReviewDecision.class));
          }
        }
      }
    }
    return found;
  }
}
