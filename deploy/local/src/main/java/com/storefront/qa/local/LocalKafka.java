package com.storefront.qa.local;

import com.storefront.qa.contracts.Topics;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
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
 * A real single-node KRaft Kafka broker (combined broker + controller) in this JVM, like the
 * testkit's {@code KafkaBroker}, but with the client listener on a FIXED address (default
 * 127.0.0.1:9092) so that a user can point kcat or their own producer at it. The controller
 * listener stays on a random loopback port.
 *
 * <p>Single-node settings for transactions and exactly-once: internal topics with replication
 * factor 1 and min ISR 1.
 */
public final class LocalKafka implements AutoCloseable {
  private final KafkaClusterTestKit cluster;
  private final String bootstrap;

  private LocalKafka(KafkaClusterTestKit cluster, String bootstrap) {
    this.cluster = cluster;
    this.bootstrap = bootstrap;
  }

  /**
   * Starts a broker.
   *
   * @param host the client listener's address, e.g. 127.0.0.1
   * @param port the client listener's port; 0 = any free port
   * @param baseDir where the log directories live (formatted fresh), or null for a temp dir
   */
  public static LocalKafka start(String host, int port, Path baseDir) {
    if (port > 0 && !isFree(host, port)) {
      throw new IllegalStateException(
          "port "
              + host
              + ":"
              + port
              + " is already in use (another Kafka?); stop it or choose another port");
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
      String brokerListener = nodes.brokerListenerName().value();
      String controllerListener = nodes.controllerListenerName().value();
      // The test kit pre-binds random ports for its broker and controller listeners (it only
      // fills in "listeners" when absent, and its socket factory hands pre-bound sockets to
      // those two names). A third listener, LOCAL, is not pre-bound: it binds where we say, and
      // clients that bootstrap through it get LOCAL addresses back in their metadata.
      if (port > 0) {
        builder.setConfigProp(
            "listeners",
            brokerListener
                + "://localhost:0,"
                + controllerListener
                + "://localhost:0,LOCAL://"
                + host
                + ":"
                + port);
        builder.setConfigProp(
            "listener.security.protocol.map",
            brokerListener + ":PLAINTEXT," + controllerListener + ":PLAINTEXT,LOCAL:PLAINTEXT");
      }
      singleNodeSettings().forEach(builder::setConfigProp);
      KafkaClusterTestKit cluster = builder.setDeleteOnClose(baseDir == null).build();
      cluster.format();
      cluster.startup();
      cluster.waitForReadyBrokers();
      return new LocalKafka(cluster, port > 0 ? host + ":" + port : cluster.bootstrapServers());
    } catch (Exception e) {
      throw new IllegalStateException("could not start the Kafka broker: " + e, e);
    }
  }

  static Map<String, Object> singleNodeSettings() {
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

  private static boolean isFree(String host, int port) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(host, port));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** The bootstrap servers for clients, e.g. {@code 127.0.0.1:9092}. */
  public String bootstrapServers() {
    return bootstrap;
  }

  public Properties clientProperties() {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
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
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while creating topics", e);
    }
  }

  @Override
  public void close() {
    try {
      cluster.close();
    } catch (Exception e) {
      throw new IllegalStateException("could not stop the Kafka broker", e);
    }
  }
}
