package com.storefront.qa.chaos;

import java.io.OutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * One KRaft node (broker + controller) of the chaos cluster, run as its own JVM: {@code java -cp …
 * BrokerNode node.properties}. Formats its log directory on the first start only, with the cluster
 * id the harness gave every node, so a node killed with SIGKILL restarts on its data like a
 * production broker.
 */
public final class BrokerNode {
  /** The property (not a Kafka setting) that carries the cluster id to the formatter. */
  static final String CLUSTER_ID = "chaos.cluster.id";

  private BrokerNode() {}

  /**
   * @param args the node's properties file
   */
  public static void main(String[] args) throws Exception {
    Properties props = new Properties();
    try (Reader in = Files.newBufferedReader(Path.of(args[0]))) {
      props.load(in);
    }
    String clusterId = (String) props.remove(CLUSTER_ID);
    String logDir = props.getProperty("log.dirs");
    if (!Files.exists(Path.of(logDir, "meta.properties"))) {
      Files.createDirectories(Path.of(logDir));
      new Formatter()
          .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
          .setNodeId(Integer.parseInt(props.getProperty("node.id")))
          .setClusterId(clusterId)
          .setDirectories(List.of(logDir))
          .setMetadataLogDirectory(logDir)
          .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
          .setControllerListenerName(props.getProperty("controller.listener.names"))
          .run();
    }
    KafkaRaftServer server = new KafkaRaftServer(KafkaConfig.fromProps(props), Time.SYSTEM);
    Runtime.getRuntime().addShutdownHook(new Thread(server::shutdown));
    server.startup();
    server.awaitShutdown();
  }
}
