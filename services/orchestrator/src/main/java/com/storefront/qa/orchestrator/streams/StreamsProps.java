package com.storefront.qa.orchestrator.streams;

import com.storefront.qa.orchestrator.errors.DeserializationErrors;
import com.storefront.qa.orchestrator.errors.ProcessingErrors;
import com.storefront.qa.orchestrator.errors.ProductionErrors;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;

/**
 * The Kafka Streams settings of the orchestrator, in one place. The Quarkus app receives them
 * through {@link StreamsDefaultsConfigSource} (as {@code kafka-streams.*}, overridable in
 * application.properties or the environment); tests that run the topology on a real broker use
 * {@link #forInstance}, so both run with identical exactly-once settings.
 */
public final class StreamsProps {
  /** The application id (consumer group, transactional id prefix, internal topic prefix). */
  public static final String APPLICATION_ID = "qa-orchestrator";

  private StreamsProps() {}

  /** Settings every instance runs with, by their Kafka Streams names. */
  public static Map<String, String> defaults() {
    Map<String, String> p = new LinkedHashMap<>();
    p.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    // Transactions commit every 50 ms: a record is visible to read_committed consumers within
    // about that long after it is produced. Every question crosses two transactions (the
    // repartition hop by questionId, then routing), so this interval is paid twice; at 100 ms the
    // median answer took 190 ms, at 50 ms 103 ms, for no more CPU per question
    // (docs/benchmarks.md).
    p.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "50");
    p.put(
        StreamsConfig.DESERIALIZATION_EXCEPTION_HANDLER_CLASS_CONFIG,
        DeserializationErrors.class.getName());
    p.put(
        StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, ProductionErrors.class.getName());
    p.put(
        StreamsConfig.PROCESSING_EXCEPTION_HANDLER_CLASS_CONFIG, ProcessingErrors.class.getName());
    p.put(
        StreamsConfig.DEFAULT_KEY_SERDE_CLASS_CONFIG,
        "org.apache.kafka.common.serialization.Serdes$StringSerde");
    p.put(
        StreamsConfig.DEFAULT_VALUE_SERDE_CLASS_CONFIG,
        "org.apache.kafka.common.serialization.Serdes$ByteArraySerde");
    return p;
  }

  /**
   * Properties for one {@code KafkaStreams} instance outside Quarkus (tests, tools).
   *
   * @param stateDir the local state directory (RocksDB stores, checkpoints)
   */
  public static Properties forInstance(
      String bootstrapServers, String applicationId, Path stateDir) {
    Properties props = new Properties();
    props.putAll(defaults());
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
    return props;
  }
}
