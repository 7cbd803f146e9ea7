package com.storefront.qa.orchestrator;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.orchestrator.support.Answers;
import com.storefront.qa.orchestrator.support.BrokerResource;
import com.storefront.qa.orchestrator.support.QuestionProducer;
import com.storefront.qa.orchestrator.support.Questions;
import com.storefront.qa.orchestrator.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * The packaged application itself (CDI wiring, config source, Quarkus-managed Kafka Streams with
 * its health checks) against a real broker.
 */
@QuarkusTest
@TestProfile(AppOnBrokerIT.WithBroker.class)
class AppOnBrokerIT {
  public static class WithBroker implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "quarkus.kafka-streams.health.enabled", "true",
          "quarkus.kafka-streams.topics-timeout", "60s");
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(BrokerResource.class));
    }
  }

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Test
  void theApplicationAnswersQuestionsFromTheBrokerAndReportsReady() {
    try (QuestionProducer producer = new QuestionProducer(bootstrapServers);
        TopicReader answers = new TopicReader(bootstrapServers, Topics.ANSWERS)) {
      producer.send(
          Topics.QUESTIONS,
          Questions.key("app-1"),
          Questions.json("app-1", "shop-a", "ko-KR", Questions.KO_TEXT));
      producer.send(
          Topics.QUESTIONS,
          Questions.key("app-1"),
          Questions.json("app-1", "shop-a", "ko-KR", Questions.KO_TEXT));
      producer.send(Topics.QUESTIONS, Questions.key("app-bad"), "{oops".getBytes());
      producer.flush();

      answers.awaitAll(r -> Answers.distinctAtLeast(r, "app-", 1), Duration.ofSeconds(90));
      List<AnswerEvent> got = Answers.withPrefix(answers.drain(Duration.ofSeconds(2)), "app-");
      assertThat(got).hasSize(1);
      assertThat(got.get(0).source()).isEqualTo(AnswerSource.FALLBACK);
      assertThat(got.get(0).text()).isEqualTo(DefaultPolicy.ACKNOWLEDGEMENTS.get("ko"));
    }

    awaitReady();
    String ready =
        given().when().get("/q/health/ready").then().statusCode(200).extract().asString();
    assertThat(ready).contains("qa-orchestrator co-partitioning").contains("\"verified\": true");
    assertThat(ready).contains("Kafka Streams topics health check");
    String live = given().when().get("/q/health/live").then().statusCode(200).extract().asString();
    assertThat(live).contains("Kafka Streams state health check").contains("RUNNING");

    String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();
    assertThat(metrics).contains("qa_answers_total{source=\"FALLBACK\"} 1.0");
    assertThat(metrics).contains("qa_duplicates_dropped_total 1.0");
    assertThat(metrics).contains("qa_dlq_total{reason=\"NOT_JSON\"} 1.0");
  }

  private static void awaitReady() {
    Instant end = Instant.now().plusSeconds(60);
    while (Instant.now().isBefore(end)) {
      if (given().when().get("/q/health/ready").statusCode() == 200) {
        return;
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }
}
