package com.storefront.qa.review.app;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.json.EventSerdes;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.Properties;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The application boots against real Kafka and PostgreSQL, migrates, audits and reports UP. */
@QuarkusTest
@WithTestResource(InfrastructureResource.class)
class ReviewConsoleAppTest {
  @Inject DataSource dataSource;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void bootsMigratedAndReady() throws Exception {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select version from flyway_schema_history where success order by installed_rank")) {
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("1");
    }
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("audit-writer"))
        .body("checks.find { it.name == 'audit-writer' }.status", equalTo("UP"));
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void auditsAQuestionWithItsTextMasked() throws Exception {
    QuestionEvent q =
        new QuestionEvent(
            1,
            "smoke-q-1",
            "hanbit-market",
            "p-1",
            "planner",
            "ko-KR",
            "전화 010-1234-5678 로 연락주세요",
            Instant.parse("2026-11-22T10:15:30Z"),
            null);
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrapServers);
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      producer
          .send(
              new ProducerRecord<>(
                  Topics.QUESTIONS,
                  q.questionId(),
                  EventSerdes.QUESTION.serializer().serialize(Topics.QUESTIONS, q)))
          .get();
    }
    String stored = null;
    long deadline = System.currentTimeMillis() + 30_000;
    while (stored == null && System.currentTimeMillis() < deadline) {
      try (Connection c = dataSource.getConnection();
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery("select text_masked from questions where question_id = 'smoke-q-1'")) {
        if (rs.next()) {
          stored = rs.getString(1);
        }
      }
      if (stored == null) {
        Thread.sleep(200);
      }
    }
    assertThat(stored).isNotNull().startsWith("전화").doesNotContain("010-1234-5678");

    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("qa_audit_batches_total")
        .contains("qa_audit_rows_written_total{table=\"questions\"")
        .contains("qa_audit_consumer_lag");
  }
}
