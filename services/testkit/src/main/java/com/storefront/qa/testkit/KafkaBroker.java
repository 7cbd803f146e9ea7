package com.storefront.qa.testkit;

import com.storefront.qa.contracts.Topics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;
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
  private final String bootstrap;

  private KafkaBroker(KafkaClusterTestKit cluster, String bootstrap) {
    this.cluster = cluster;
    this.bootstrap = bootstrap;
  }

  /** Starts a broker on a random port, with a temporary data directory deleted on close. */
  public static KafkaBroker start() {
    return start(null);
  }

  /**
   * Starts a broker on a random port.
   *
   * @param baseDir where the log directories live, or null for a temporary directory
   */
  public static KafkaBroker start(Path baseDir) {
    return start(baseDir, null, 0);
  }

  /**
   * Starts a broker whose client listener is on a fixed address, so that users can point kcat or
   * their own producer at it (the local stack uses 127.0.0.1:9092).
   *
   * @param baseDir where the log directories live, or null for a temporary directory
   * @param host the client listener's address, e.g. 127.0.0.1; ignored when {@code port} is 0
   * @param port the client listener's port; 0 = a random port
   */
  public static KafkaBroker start(Path baseDir, String host, int port) {
    if (port > 0 && !isFree(host, port)) {
      throw new IllegalStateException(
          "%s:%d is already in use (another Kafka?); stop it or choose another port"
              .formatted(host, port));
    }
    try {
      TestKitNodes.Builder nodesBuilder =
          new TestKitNodes.Builder()
              .setCombined(true)
              .setNumBrokerNodes(1)
              .setNumControllerNodes(1);
      if (baseDir != null) {
        nodesBuilder.setBaseDirectory(baseDir);
      }
      TestKitNodes nodes = nodesBuilder.build();
      KafkaClusterTestKit.Builder builder = new KafkaClusterTestKit.Builder(nodes);
      if (port > 0) {
        fixedClientListener(builder, nodes, host, port);
      }
      singleNodeSettings().forEach(builder::setConfigProp);
      KafkaClusterTestKit cluster = builder.setDeleteOnClose(baseDir == null).build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new KafkaBroker(cluster, port > 0 ? host + ":" + port : cluster.bootstrapServers());
    } catch (Exception e) {
      throw new IllegalStateException("could not start the embedded Kafka broker: " + e, e);
    }
  }

  /**
   * The test kit pre-binds random ports for its broker and controller listeners (it fills in
   * "listeners" only when absent, and hands pre-bound sockets to those two names). A third
   * listener, LOCAL, is not pre-bound: it binds where we say, and clients that bootstrap through it
   * get LOCAL addresses back in their metadata.
   */
  private static void fixedClientListener(
      KafkaClusterTestKit.Builder builder, TestKitNodes nodes, String host, int port) {
    String broker = nodes.brokerListenerName().value();
    String controller = nodes.controllerListenerName().value();
    builder.setConfigProp(
        "listeners",
        "%s://localhost:0,%s://localhost:0,LOCAL://%s:%d"
            .formatted(broker, controller, host, port));
    builder.setConfigProp(
        "listener.security.protocol.map",
        "%s:PLAINTEXT,%s:PLAINTEXT,LOCAL:PLAINTEXT".formatted(broker, controller));
  }

  private static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
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

  /** The bootstrap servers for clients, e.g. {@code localhost:41234} or {@code 127.0.0.1:9092}. */
  public String bootstrapServers() {
    return bootstrap;
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

  /**
   * Waits until every partition of the topics has a leader that serves requests. The metadata can
   * name a leader a few milliseconds before the broker's replica manager has become it; an
   * idempotent producer that writes in that window can get stuck in a NOT_LEADER then
   * OUT_OF_ORDER_SEQUENCE retry loop (seen in CI). ListOffsets is answered by the partition leader
   * itself, so once it succeeds for every partition, writes are safe.
   */
  public void awaitLeaders(List<String> names) {
    try (Admin admin = Admin.create(clientProperties())) {
      awaitLeaders(admin, names);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for partition leaders", e);
    }
  }

  private static void awaitLeaders(Admin admin, List<String> names) throws InterruptedException {
    long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(30);
    while (true) {
      try {
        Map<TopicPartition, OffsetSpec> partitions = new HashMap<>();
        admin.describeTopics(names).allTopicNames().get().values().stream()
            .flatMap(
                d -> d.partitions().stream().map(p -> new TopicPartition(d.name(), p.partition())))
            .forEach(tp -> partitions.put(tp, OffsetSpec.latest()));
        admin.listOffsets(partitions).all().get();
        return;
      } catch (ExecutionException e) {
        // Not propagated yet (UnknownTopicOrPartition) or not yet leader (NotLeaderOrFollower).
      }
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("topics " + names + " have no serving leaders after 30 s");
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
