package com.storefront.qa.local;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * The local stack's Kafka broker: one KRaft node (broker + controller) in this JVM, on a data
 * directory that survives a restart of the stack, so questions in flight are still there next time.
 *
 * <p>Why not the testkit's {@code KafkaBroker}: it runs Kafka's {@code KafkaClusterTestKit}, which
 * formats its directories on every start (and fails on a formatted one) and gives every start a new
 * random cluster id and log-directory ids, so it can only ever start empty. This class runs Kafka's
 * own server ({@link KafkaRaftServer}) instead, formats only an empty directory, and reads the ids
 * back from the directory's {@code meta.properties} like a production broker does. The settings are
 * those of {@code KafkaBroker} (transactions and exactly-once on a single node).
 */
final class LocalBroker implements AutoCloseable {
  private static final String LISTENER = "PLAINTEXT";
  private static final String CONTROLLER = "CONTROLLER";

  private final KafkaRaftServer server;
  private final String bootstrap;

  private LocalBroker(KafkaRaftServer server, String bootstrap) {
    this.server = server;
    this.bootstrap = bootstrap;
  }

  /** Whether {@code dataDir} holds a formatted broker (from an earlier start). */
  static boolean hasData(Path dataDir) {
    return Files.exists(dataDir.resolve("kraft").resolve("meta.properties"));
  }

  /**
   * Starts the broker, formatting {@code dataDir} first if it is empty.
   *
   * @param host the client listener's address, e.g. 127.0.0.1
   * @param port the client listener's port, e.g. 9092
   */
  static LocalBroker start(Path dataDir, String host, int port) {
    if (!isFree(host, port)) {
      throw new IllegalStateException(
          "port %s:%d is already in use (another Kafka, or an earlier run-local still running?);"
                  .formatted(host, port)
              + " stop it or choose another with --kafka-port");
    }
    String logDir = dataDir.resolve("kraft").toAbsolutePath().toString();
    int controllerPort = freePort();
    Properties props = new Properties();
    props.put("process.roles", "broker,controller");
    props.put("node.id", "1");
    // A static single-voter quorum: nothing about the controller's address is stored in the data
    // directory, so it can listen on a different free port at each start.
    props.put("controller.quorum.voters", "1@127.0.0.1:" + controllerPort);
    props.put("controller.listener.names", CONTROLLER);
    props.put(
        "listeners",
        "%s://%s:%d,%s://127.0.0.1:%d".formatted(LISTENER, host, port, CONTROLLER, controllerPort));
    props.put("advertised.listeners", "%s://%s:%d".formatted(LISTENER, host, port));
    props.put(
        "listener.security.protocol.map", LISTENER + ":PLAINTEXT," + CONTROLLER + ":PLAINTEXT");
    props.put("inter.broker.listener.name", LISTENER);
    props.put("log.dirs", logDir);
    props.put("metadata.log.dir", logDir);
    // Single node: internal topics with replication factor and min ISR 1 (a default broker would
    // refuse transactions), no auto-created topics, a small log-cleaner buffer.
    props.put("offsets.topic.replication.factor", "1");
    props.put("offsets.topic.num.partitions", "4");
    props.put("transaction.state.log.replication.factor", "1");
    props.put("transaction.state.log.min.isr", "1");
    props.put("transaction.state.log.num.partitions", "4");
    props.put("share.coordinator.state.topic.replication.factor", "1");
    props.put("share.coordinator.state.topic.min.isr", "1");
    props.put("group.initial.rebalance.delay.ms", "0");
    props.put("auto.create.topics.enable", "false");
    props.put("num.partitions", "4");
    props.put("log.cleaner.dedupe.buffer.size", "2097152");
    try {
      if (!hasData(dataDir)) {
        format(logDir);
      }
      KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
      server.startup();
      return new LocalBroker(server, host + ":" + port);
    } catch (Exception e) {
      throw new IllegalStateException(
          "could not start the Kafka broker on " + logDir + ": " + e, e);
    }
  }

  /**
   * Formats an empty log directory with a new cluster id. A formatted one is never formatted again:
   * the Formatter would insist on the new id matching the one on disk.
   */
  private static void format(String logDir) throws Exception {
    Files.createDirectories(Path.of(logDir));
    new Formatter()
        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
        .setNodeId(1)
        .setClusterId(Uuid.randomUuid().toString())
        .setDirectories(List.of(logDir))
        .setMetadataLogDirectory(logDir)
        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
        .setControllerListenerName(CONTROLLER)
        .run();
  }

  /** The bootstrap servers for clients, e.g. {@code 127.0.0.1:9092}. */
  String bootstrapServers() {
    return bootstrap;
  }

  /** Stops the broker cleanly (its logs are flushed and closed, so the next start is quick). */
  @Override
  public void close() {
    server.shutdown();
    server.awaitShutdown();
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

  private static int freePort() {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
