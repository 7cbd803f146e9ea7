package com.storefront.qa.local;

import com.storefront.qa.audit.AuditSettings;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.app.QaConfig;
import com.storefront.qa.orchestrator.streams.StreamsDefaultsConfigSource;
import com.storefront.qa.orchestrator.streams.StreamsProps;
import com.storefront.qa.review.app.AuditConfig;
import com.storefront.qa.testkit.Postgres;
import com.storefront.qa.worker.ConfigValidator;
import com.storefront.qa.worker.WorkerConfig;
import io.agroal.api.AgroalDataSource;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;

/**
 * What each service would run with in production, for {@link InProcessPipeline}: read from the
 * service's own application.properties through its own configuration classes ({@link
 * ServiceConfig}), with only the addresses (broker, database, directories) and the caller's
 * explicit choices put on top. Nothing here restates a service's setting.
 */
final class ServiceSettings {
  private ServiceSettings() {}

  /** The orchestrator's settings ({@link QaConfig#toSettings}), generation on or off. */
  static QaSettings orchestrator(boolean generationEnabledByDefault) {
    return ServiceConfig.mapping(
            QaTopology.class,
            QaConfig.class,
            Map.of("qa.generation.enabled-by-default", String.valueOf(generationEnabledByDefault)))
        .toSettings();
  }

  /**
   * Kafka Streams properties as the orchestrator app gets them: {@link StreamsProps}' defaults,
   * then any {@code kafka-streams.*} its application.properties sets (the Quarkus extension passes
   * those through, above the defaults).
   */
  static Properties streams(String bootstrap, Path stateDir) {
    Properties props = StreamsProps.forInstance(bootstrap, StreamsProps.APPLICATION_ID, stateDir);
    ServiceConfig.properties(QaTopology.class)
        .forEach(
            (k, v) -> {
              if (k.startsWith(StreamsDefaultsConfigSource.PREFIX)
                  && !k.equals(StreamsDefaultsConfigSource.PREFIX + "state.dir")) {
                props.put(k.substring(StreamsDefaultsConfigSource.PREFIX.length()), v);
              }
            });
    return props;
  }

  /** The review console's {@code qa.audit.*} configuration. */
  static AuditConfig auditConfig() {
    return ServiceConfig.mapping(AuditConfig.class, AuditConfig.class, Map.of());
  }

  /**
   * The audit writer's settings from the console's configuration, as its {@code AuditService}
   * builds them (that method is package-private, so its six lines are repeated here).
   */
  static AuditSettings audit() {
    AuditConfig c = auditConfig();
    return new AuditSettings(
        c.groupId(),
        Topics.ALL,
        c.pollTimeout(),
        c.maxBatch(),
        c.backoff().initial(),
        c.backoff().max());
  }

  /** The audit writer's consumer properties: the console's {@code qa.audit.consumer.*}. */
  static Properties auditConsumer(String bootstrap) {
    Properties props = new Properties();
    props.putAll(auditConfig().consumer());
    props.put("bootstrap.servers", bootstrap);
    return props;
  }

  /** The console's connection pool ({@link AuditPool}) on {@code jdbcUrl}. */
  static AgroalDataSource auditPool(String jdbcUrl) {
    return AuditPool.create(ServiceConfig.properties(AuditConfig.class), jdbcUrl, Postgres.USER);
  }

  /**
   * The reply worker's engine options, loop settings and client properties, checked by its own
   * {@link ConfigValidator} as at the worker's start-up.
   */
  static ConfigValidator.Validated worker(Path modelDir, String workerId, String bootstrap) {
    WorkerConfig config =
        ServiceConfig.mapping(
            ConfigValidator.class,
            WorkerConfig.class,
            Map.of(
                "qa.worker.model-dir", modelDir.toString(),
                "qa.worker.worker-id", workerId,
                "kafka.bootstrap.servers", bootstrap));
    return ConfigValidator.validate(config);
  }
}
