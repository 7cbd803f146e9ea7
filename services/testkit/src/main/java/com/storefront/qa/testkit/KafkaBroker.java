package com.storefront.qa.testkit;

import com.storefront.qa.contracts.Topics;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;

/**
 * A real single-node KRaft Kafka cluster (combined broker + controller) running in this JVM.
 *
 * <p>Configured for transactions and exactly-once on one node: replication factors and min ISR of
 * the internal topics are 1, which a default broker would refuse.
 */
public final class KafkaBroker implements AutoCloseable {
  private final KafkaClusterTestKit cluster;

  private KafkaBroker(KafkaClusterTestKit cluster) {
    this.cluster = cluster;
  }

  /** Starts a broker on a random port, with a temporary data directory deleted on close. */
  public static KafkaBroker start() {
    return start(null);
  }

  /**
   * Starts a broker.
   *
   * @param baseDir where the log directories live, or null for a temporary directory
   */
  public static KafkaBroker start(Path baseDir) {
    try {
      TestKitNodes.Builder nodes =
          new TestKitNodes.Builder()
              .setCombined(true)
              .setNumBrokerNodes(1)
              .setNumControllerNodes(1);
      if (baseDir != null) {
        nodes.setBaseDirectory(baseDir);
      }
      KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes.build());
      singleNodeSettings().forEach(builder::setConfigProp);
      KafkaClusterTestKit cluster = builder.setDeleteOnClose(baseDir == null).build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new KafkaBroker(cluster);
    } catch (Exception e) {
      throw new IllegalStateException("could not start the embedded Kafka broker: " + e, e);
    }
  }

  private static Map<String, Object> singleNodeSettings() {
    return Map.of(
        "offsets.topic.replication.factor", "1",
        "offsets.topic.num.partitions", "4",
        "transaction.state.log.replication.factor", "1",
        "transaction.state.log.min.isr", "1",
        "transaction.state.log.num.partitions", "4",
        "group.initial.rebalance.delay.ms", "0",
        "auto.create.topics.enable", "false",
        "num.partitions", "4");
  }

  /** The bootstrap servers for clients, e.g. {@code localhost:41234}. */
  public String bootstrapServers() {
    return cluster.bootstrapServers();
  }

  /** Minimal client properties pointing at this broker. */
  public Properties clientProperties() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers());
    return props;
  }

  /** Creates every topic of {@link Topics#ALL}; compacted ones as compacted. */
  public void createSystemTopics(int partitions) {
    List<NewTopic> topics = new ArrayList<>();
    for (String name : Topics.ALL) {
      NewTopic topic = new NewTopic(name, partitions, (short) 1);
      if (Topics.COMPACTED.contains(name)) {
        topic.configs(
            Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
      }
      topics.add(topic);
    }
    createTopics(topics);
  }

  /**
   * Creates topics, ignoring ones that already exist, and returns once every partition has a
   * leader: a producer that starts earlier can get stuck retrying NOT_LEADER errors on a loaded
   * machine.
   */
  public void createTopics(List<NewTopic> topics) {
    try (Admin admin = Admin.create(clientProperties())) {
      for (var entry : admin.createTopics(topics).values().entrySet()) {
        try {
          entry.getValue().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("could not create topic " + entry.getKey(), e);
          }
        }
      }
      awaitLeaders(admin, topics.stream().map(NewTopic::name).toList());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        boolean ready =
            admin.describeTopics(names).allTopicNames().get().values().stream()
                .flatMap(d -> d.partitions().stream())
                .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        if (ready) {
          return;
        }
      } catch (ExecutionException e) {
        // Metadata not propagated yet (UnknownTopicOrPartition): ask again.
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topics " + names + " have no leaders after 30 s");
      }
      Thread.sleep(50);
    }
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the embedded Kafka broker", e);
    }
  }
}
