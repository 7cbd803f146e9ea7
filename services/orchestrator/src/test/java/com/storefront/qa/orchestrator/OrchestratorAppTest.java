package com.storefront.qa.orchestrator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import com.storefront.qa.orchestrator.streams.StreamsProps;
import io.quarkus.kafka.streams.runtime.KafkaStreamsPropertiesUtil;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.Properties;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.junit.jupiter.api.Test;

/** Boots the real application without a broker: config, CDI wiring, health and metrics. */
@QuarkusTest
class OrchestratorAppTest {
  @Inject QaSettings settings;
  @Inject Topology topology;

  @Test
  void servesHealthAndMetrics() {
    given().when().get("/q/health/live").then().statusCode(200);
    // No broker here: the co-partitioning check cannot verify and says so, staying UP.
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body(containsString("qa-orchestrator co-partitioning"))
        .body(containsString("\"verified\": false"));
    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("qa_answers_total{source=\"FALLBACK\"}"))
        .body(containsString("qa_duplicates_dropped_total"))
        .body(containsString("qa_generation_results_late_total"));
  }

  @Test
  void configurationIsMappedWithAcknowledgeOnlyAsTheDefault() {
    assertThat(settings).isEqualTo(QaSettings.defaults());
  }

  @Test
  void quarkusRunsKafkaStreamsWithTheSameSettingsAsStreamsProps() {
    Properties quarkus = KafkaStreamsPropertiesUtil.appKafkaStreamsProperties();
    StreamsProps.defaults()
        .forEach((name, value) -> assertThat(quarkus.getProperty(name)).as(name).isEqualTo(value));
    assertThat(quarkus.getProperty(StreamsConfig.PROCESSING_GUARANTEE_CONFIG))
        .isEqualTo("exactly_once_v2");
  }

  @Test
  void theProducedTopologyIsTheOrchestrators() {
    String description = topology.describe().toString();
    assertThat(description)
        .contains(QaTopology.DEDUPE_STORE, QaTopology.PENDING_STORE, QaTopology.POLICY_STORE);
    assertThat(description).contains("storefront.questions.v1", "qa.generation.results.v1");
  }
}
