package com.storefront.qa.local;

import com.storefront.qa.contracts.Topics;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the system topics ({@link Topics#ALL}) on a broker that may already have them from an
 * earlier run: an existing topic is kept as it is (its records are the point of keeping the data),
 * and one whose partition count differs from the requested one is reported, not changed.
 */
final class TopicSetup {
  private TopicSetup() {}

  /**
   * Creates the missing topics and waits until every partition's leader serves requests.
   *
   * @return how many topics were created (0 when all existed)
   */
  static int ensure(String bootstrap, int partitions, Consumer<String> warn) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    try (Admin admin = Admin.create(props)) {
      List<NewTopic> topics = new ArrayList<>();
      for (String name : Topics.ALL) {
        NewTopic topic = new NewTopic(name, partitions, (short) 1);
        if (Topics.COMPACTED.contains(name)) {
          topic.configs(
              Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        topics.add(topic);
      }
      int created = 0;
      for (var entry : admin.createTopics(topics).values().entrySet()) {
        try {
          entry.getValue().get();
          created++;
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException(
                "could not create topic " + entry.getKey() + ": " + e.getCause(), e);
          }
        }
      }
      Map<String, TopicDescription> described = awaitLeaders(admin, Topics.ALL);
      described.forEach(
          (name, d) -> {
            if (d.partitions().size() != partitions) {
              warn.accept(
                  "note: topic %s has %d partitions (kept from an earlier run), not %d"
                      .formatted(name, d.partitions().size(), partitions));
            }
          });
      return created;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  /**
   * Waits until every partition has a leader that answers ListOffsets: metadata can name a leader a
   * moment before it serves, and an idempotent producer writing in that window can get stuck (the
   * same wait as the testkit's {@code KafkaBroker.awaitLeaders}).
   */
  private static Map<String, TopicDescription> awaitLeaders(Admin admin, List<String> names)
      throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (true) {
      try {
        Map<String, TopicDescription> described = admin.describeTopics(names).allTopicNames().get();
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        described.values().stream()
            .flatMap(
                d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
            .forEach(tp -> partitions.put(tp, OffsetSpec.latest()));
        admin.listOffsets(partitions).all().get();
        return described;
      } catch (ExecutionException e) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException(
              "topics have no serving leaders after 60 s: " + e.getCause(), e);
        }
      }
      Thread.sleep(100);
    }
  }
}
