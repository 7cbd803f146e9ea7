package com.storefront.qa.chaos;

import com.storefront.qa.contracts.Topics;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * A real three-node KRaft cluster, each node its own JVM, set up as production runs Kafka for this
 * system: replication factor 3 and {@code min.insync.replicas=2} for every topic, the internal ones
 * included, so one node may die at any moment without losing a committed write.
 */
final class Cluster implements AutoCloseable {
  private final PortPlan ports;
  private final List<BrokerProcess> nodes = new ArrayList<>();

  Cluster(PortPlan ports, Path dir) throws IOException {
    this.ports = ports;
    String clusterId = Uuid.randomUuid().toString();
    for (int i = 0; i < PortPlan.NODES; i++) {
      nodes.add(new BrokerProcess(i + 1, nodeProps(i, clusterId, dir), dir.resolve("broker-" + i)));
    }
  }

  private Properties nodeProps(int i, String clusterId, Path dir) {
    List<String> voters = new ArrayList<>();
    for (int n = 0; n < PortPlan.NODES; n++) {
      voters.add("%d@127.0.0.1:%d".formatted(n + 1, ports.controller()[n]));
    }
    List<String> listeners = new ArrayList<>();
    List<String> advertised = new ArrayList<>();
    List<String> protocols = new ArrayList<>(List.of("CONTROLLER:PLAINTEXT", "INTERNAL:PLAINTEXT"));
    listeners.add("CONTROLLER://127.0.0.1:" + ports.controller()[i]);
    listeners.add("INTERNAL://127.0.0.1:" + ports.internal()[i]);
    advertised.add("INTERNAL://127.0.0.1:" + ports.internal()[i]);
    for (int s = 0; s < ports.services(); s++) {
      String name = PortPlan.listenerName(s);
      listeners.add(name + "://127.0.0.1:" + ports.serviceListener()[s][i]);
      advertised.add(name + "://127.0.0.1:" + ports.serviceProxy()[s][i]);
      protocols.add(name + ":PLAINTEXT");
    }
    String logDir = dir.resolve("broker-" + i).resolve("data").toAbsolutePath().toString();
    Properties p = new Properties();
    p.put(BrokerNode.CLUSTER_ID, clusterId);
    p.put("process.roles", "broker,controller");
    p.put("node.id", String.valueOf(i + 1));
    p.put("controller.quorum.voters", String.join(",", voters));
    p.put("controller.listener.names", "CONTROLLER");
    p.put("inter.broker.listener.name", "INTERNAL");
    p.put("listeners", String.join(",", listeners));
    p.put("advertised.listeners", String.join(",", advertised));
    p.put("listener.security.protocol.map", String.join(",", protocols));
    p.put("log.dirs", logDir);
    p.put("metadata.log.dir", logDir);
    p.put("default.replication.factor", "3");
    p.put("min.insync.replicas", "2");
    p.put("offsets.topic.replication.factor", "3");
    p.put("offsets.topic.num.partitions", "4");
    p.put("transaction.state.log.replication.factor", "3");
    p.put("transaction.state.log.min.isr", "2");
    p.put("transaction.state.log.num.partitions", "4");
    p.put("share.coordinator.state.topic.replication.factor", "3");
    p.put("share.coordinator.state.topic.min.isr", "2");
    p.put("unclean.leader.election.enable", "false");
    p.put("auto.create.topics.enable", "false");
    p.put("group.initial.rebalance.delay.ms", "0");
    p.put("num.partitions", "4");
    p.put("log.cleaner.dedupe.buffer.size", "2097152");
    // A killed node must leave the ISR quickly so writes go on with the other two.
    p.put("replica.lag.time.max.ms", "10000");
    p.put("broker.session.timeout.ms", "9000");
    p.put("broker.heartbeat.interval.ms", "2000");
    return p;
  }

  void start() throws IOException {
    for (BrokerProcess node : nodes) {
      node.start();
    }
  }

  /** Waits until all three nodes are registered, then creates the system topics. */
  void createTopics(int partitions) throws InterruptedException {
    try (Admin admin = admin()) {
      long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
      while (true) {
        try {
          if (admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).size() == PortPlan.NODES) {
            break;
          }
        } catch (ExecutionException | TimeoutException e) {
          // not up yet
        }
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the 3 brokers did not register within 3 minutes");
        }
        Thread.sleep(500);
      }
      List<NewTopic> topics = new ArrayList<>();
      for (String name : Topics.ALL) {
        NewTopic t = new NewTopic(name, partitions, (short) 3);
        t.configs(
            Topics.COMPACTED.contains(name)
                ? Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT)
                : Map.of());
        topics.add(t);
      }
      for (var f : admin.createTopics(topics).values().entrySet()) {
        try {
          f.getValue().get();
        } catch (ExecutionException e) {
          if (!(e.getCause() instanceof TopicExistsException)) {
            throw new IllegalStateException("could not create " + f.getKey(), e.getCause());
          }
        }
      }
    }
  }

  /** Bootstrap servers for the harness's own clients (no proxy). */
  String bootstrap() {
    return ports.internalBootstrap();
  }

  Admin admin() {
    Properties p = new Properties();
    p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, ports.internalBootstrap());
    return Admin.create(p);
  }

  List<BrokerProcess> nodes() {
    return nodes;
  }

  @Override
  public void close() throws InterruptedException {
    for (BrokerProcess node : nodes) {
      node.stop();
    }
  }
}
