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
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
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
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("2");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("3");
      assertThat(rs.next()).isTrue();
      assertThat(rs.getString(1)).isEqualTo("4");
    }
    given()
        .when()
        .get("/q/health/ready")
        .then()
        .statusCode(200)
        .body("status", equalTo("UP"))
        .body("checks.name", hasItem("audit-writer"))
        .body("checks.name", hasItem("Database connections health check"))
        .body("checks.find { it.name == 'audit-writer' }.status", equalTo("UP"));
    given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
  }

  @Test
  void readinessGoesDownWhilePostgresIsAwayAndTheAuditCatchesUp() throws Exception {
    InfrastructureResource.pg.stop();
    try {
      publish(question("smoke-outage-1", "while the database is away"));
      awaitAuditWriter("DOWN"); // once the writer's next batch has failed
      given()
          .when()
          .get("/q/health/ready")
          .then()
          .statusCode(503)
          .body("checks.find { it.name == 'audit-writer' }.status", equalTo("DOWN"))
          .body("checks.find { it.name == 'audit-writer' }.data.state", equalTo("RETRYING"));
      // Liveness is unaffected: a database outage must not get the pod restarted.
      given().when().get("/q/health/live").then().statusCode(200);
    } finally {
      InfrastructureResource.pg.startServer();
    }
    assertThat(awaitQuestion("smoke-outage-1")).isEqualTo("while the database is away");
    awaitReadiness(200);
  }

  @Test
  void auditsAQuestionWithItsTextMaskedAndItsCustomerRefHashed() throws Exception {
    publish(question("smoke-q-1", "전화 010-1234-5678 로 연락주세요", "member-8812"));
    String stored = awaitQuestion("smoke-q-1");
    assertThat(stored).isNotNull().startsWith("전화").doesNotContain("010-1234-5678");
    // The %test profile's key (key id "test"): the reference itself is nowhere in the row.
    assertThat(customerRefHash("smoke-q-1")).startsWith("test:").doesNotContain("8812");

    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics)
        .contains("qa_audit_batches_total")
        .contains("qa_audit_rows_written_total{table=\"questions\"")
        .contains("qa_audit_consumer_lag");
  }

  private String customerRefHash(String id) throws SQLException {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s =
            c.prepareStatement("select customer_ref_hash from questions where question_id = ?")) {
      s.setString(1, id);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static QuestionEvent question(String id, String text) {
    return question(id, text, null);
  }

  private static QuestionEvent question(String id, String text, String customerRef) {
    return new QuestionEvent(
        1,
        id,
        "hanbit-market",
        "p-1",
        "planner",
        "ko-KR",
        text,
        Instant.parse("2026-11-22T10:15:30Z"),
        customerRef);
  }

  private void publish(QuestionEvent q) throws Exception {
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
  }

  /** The stored (masked) text of a question, waiting up to 60 s for the audit to write it. */
  private String awaitQuestion(String id) throws Exception {
    long deadline = System.currentTimeMillis() + 60_000;
    while (System.currentTimeMillis() < deadline) {
      try (Connection c = dataSource.getConnection();
          PreparedStatement s =
              c.prepareStatement("select text_masked from questions where question_id = ?")) {
        s.setString(1, id);
        try (ResultSet rs = s.executeQuery()) {
          if (rs.next()) {
            return rs.getString(1);
          }
        }
      } catch (SQLException e) {
        // the database may still be coming back
      }
      Thread.sleep(200);
    }
    throw new AssertionError("question " + id + " was not audited within 60 s");
  }

  private static void awaitAuditWriter(String status) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    String last = null;
    while (System.currentTimeMillis() < deadline) {
      last =
          given()
              .when()
              .get("/q/health/ready")
              .then()
              .extract()
              .path("checks.find { it.name == 'audit-writer' }.status");
      if (status.equals(last)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("audit-writer readiness stayed " + last + ", expected " + status);
  }

  private static void awaitReadiness(int status) throws InterruptedException {
    long deadline = System.currentTimeMillis() + 30_000;
    int last = -1;
    while (System.currentTimeMillis() < deadline) {
      last = given().when().get("/q/health/ready").then().extract().statusCode();
      if (last == status) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("readiness stayed " + last + ", expected " + status);
  }
}
