package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.storefront.qa.audit.AuditSettings;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.review.app.AuditConfig;
import com.storefront.qa.worker.ConfigValidator;
import io.agroal.api.AgroalDataSource;
import io.agroal.api.configuration.AgroalConnectionPoolConfiguration;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.StreamsConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * InProcessPipeline's settings come from each service's own application.properties, read through
 * the service's own configuration classes: checked against the files' values (read here
 * independently), and by changing a value and seeing the pool follow it.
 */
class ServiceSettingsTest {
  @TempDir Path tmp;

  @Test
  void readsEachServicesOwnFile() {
    assertThat(ServiceConfig.properties(QaTopology.class))
        .containsEntry("quarkus.kafka-streams.application-id", "qa-orchestrator")
        .doesNotContainKey("quarkus.datasource.jdbc.max-size");
    assertThat(ServiceConfig.properties(AuditConfig.class))
        .containsKey("quarkus.datasource.jdbc.max-size")
        .containsKey("qa.audit.max-batch");
    assertThat(ServiceConfig.properties(ConfigValidator.class)).containsKey("qa.worker.max-batch");
  }

  @Test
  void orchestratorSettingsAreTheServicesOwn() {
    Map<String, String> file = ServiceConfig.properties(QaTopology.class);
    QaSettings s = ServiceSettings.orchestrator(true);
    assertThat(s.generationEnabledByDefault()).isTrue();
    assertThat(ServiceSettings.orchestrator(false).generationEnabledByDefault()).isFalse();
    assertThat(s.dedupeRetention()).isEqualTo(quarkusDuration(file.get("qa.dedupe.retention")));
    assertThat(s.deadlineCheckInterval())
        .isEqualTo(quarkusDuration(file.get("qa.deadline.check-interval")));
    assertThat(
            ServiceSettings.streams("b:1", tmp)
                .getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo(StreamsConfig.EXACTLY_ONCE_V2);
  }

  @Test
  void auditSettingsAreTheConsolesOwn() {
    Map<String, String> file = ServiceConfig.properties(AuditConfig.class);
    AuditSettings a = ServiceSettings.audit();
    assertThat(a.maxBatch()).isEqualTo(Integer.parseInt(file.get("qa.audit.max-batch")));
    assertThat(a.groupId()).isEqualTo(file.get("qa.audit.group-id"));
    assertThat(a.backoffMax()).isEqualTo(quarkusDuration(file.get("qa.audit.backoff.max")));
  }

  @Test
  void poolFollowsTheConsolesDatasourceSettings() throws Exception {
    Map<String, String> file = ServiceConfig.properties(AuditConfig.class);
    try (AgroalDataSource pool = ServiceSettings.auditPool("jdbc:postgresql://127.0.0.1:1/x")) {
      AgroalConnectionPoolConfiguration cp = pool.getConfiguration().connectionPoolConfiguration();
      assertThat(cp.maxSize())
          .isEqualTo(Integer.parseInt(file.get("quarkus.datasource.jdbc.max-size")));
      assertThat(cp.acquisitionTimeout())
          .isEqualTo(quarkusDuration(file.get("quarkus.datasource.jdbc.acquisition-timeout")));
      assertThat(cp.validateOnBorrow())
          .isEqualTo(Boolean.parseBoolean(file.get("quarkus.datasource.jdbc.validate-on-borrow")));
      assertThat(cp.connectionFactoryConfiguration().jdbcProperties().getProperty("socketTimeout"))
          .isEqualTo(file.get("quarkus.datasource.jdbc.additional-jdbc-properties.socketTimeout"));
    }
    Map<String, String> changed = new TreeMap<>(file);
    changed.put("quarkus.datasource.jdbc.max-size", "3");
    try (AgroalDataSource pool =
        AuditPool.create(changed, "jdbc:postgresql://127.0.0.1:1/x", "u")) {
      assertThat(pool.getConfiguration().connectionPoolConfiguration().maxSize()).isEqualTo(3);
    }
    changed.put("quarkus.datasource.jdbc.leak-detection-interval", "1m");
    assertThatThrownBy(() -> AuditPool.create(changed, "jdbc:postgresql://127.0.0.1:1/x", "u"))
        .hasMessageContaining("quarkus.datasource.jdbc.leak-detection-interval");
  }

  @Test
  void workerSettingsAreTheWorkersOwn() throws Exception {
    Map<String, String> file = ServiceConfig.properties(ConfigValidator.class);
    Path model = tmp.resolve("model");
    TinyModel.write(model);
    ConfigValidator.Validated v = ServiceSettings.worker(model, "w-1", "127.0.0.1:9");
    assertThat(v.engineOptions().maxBatch())
        .isEqualTo(Integer.parseInt(file.get("qa.worker.max-batch")));
    assertThat(v.settings().shutdownGrace())
        .isEqualTo(quarkusDuration(file.get("qa.worker.shutdown-grace")));
    assertThat(v.clientProperties().getProperty("bootstrap.servers")).isEqualTo("127.0.0.1:9");
  }

  static Duration quarkusDuration(String v) {
    return new io.quarkus.runtime.configuration.DurationConverter().convert(v);
  }
}
