package com.storefront.qa.review.decide;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.json.Json;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * The STAFF revisions on {@code storefront.answers.v1} as a customer-facing reader sees them
 * ({@code read_committed}: only what the orchestrator's transactions committed).
 */
final class StaffRevisions {
  private StaffRevisions() {}

  /**
   * The STAFF revisions of each of {@code questions}, read from the start until every question has
   * one and then for {@code quiet} longer (so a second one would have been seen), or until {@code
   * within} has passed.
   */
  static Map<String, List<AnswerEvent>> of(
      String bootstrap, Set<String> questions, Duration within, Duration quiet) {
    Properties p = new Properties();
    p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, "kill-it-" + UUID.randomUUID());
    p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, List<AnswerEvent>> found = new HashMap<>();
    try (KafkaConsumer<String, byte[]> consumer =
        new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer())) {
      consumer.subscribe(List.of(Topics.ANSWERS));
      long deadline = System.nanoTime() + within.toNanos();
      long quietUntil = Long.MAX_VALUE;
      while (System.nanoTime() < Math.min(deadline, quietUntil)) {
        for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          AnswerEvent a = Json.fromBytes(r.value(), AnswerEvent.class);
          if (questions.contains(r.key()) && a.source() == AnswerSource.STAFF) {
            found.computeIfAbsent(r.key(), k -> new ArrayList<>()).add(a);
          }
        }
        if (found.keySet().containsAll(questions) && quietUntil == Long.MAX_VALUE) {
          quietUntil = System.nanoTime() + quiet.toNanos();
        }
      }
    }
    return found;
  }
}
