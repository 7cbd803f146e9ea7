package com.storefront.qa.orchestrator.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.orchestrator.http.answers.AnswersView;
import com.storefront.qa.orchestrator.http.auth.ApiKeyHasher;
import com.storefront.qa.orchestrator.support.BrokerResource;
import com.storefront.qa.orchestrator.support.QuestionProducer;
import com.storefront.qa.orchestrator.support.Questions;
import com.storefront.qa.orchestrator.support.TopicReader;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * POST /v1/questions and GET …/answers end to end: the packaged application on a real broker, its
 * topology answering (acknowledge-only), the answers view reading storefront.answers.v1.
 */
@QuarkusTest
@TestProfile(QuestionsApiIT.WithBrokerAndKeys.class)
class QuestionsApiIT {
  static final String PEPPER = "pepper-of-the-questions-api-it";
  // Fixed, not random: the profile and the test may be loaded by different class loaders.
  static final String KEY_A = "sfqa_it-shop-a-2025-0123456789abcdef";
  static final String KEY_A_ROTATED = "sfqa_it-shop-a-2026-0123456789abcdef";
  static final String KEY_B = "sfqa_it-shop-b-0123456789abcdef";
  static final String KEY_SLOW = "sfqa_it-shop-c-slow-0123456789abcdef";

  public static class WithBrokerAndKeys implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      ApiKeyHasher hasher = new ApiKeyHasher(PEPPER);
      return Map.ofEntries(
          Map.entry("quarkus.kafka-streams.health.enabled", "true"),
          Map.entry("quarkus.kafka-streams.topics-timeout", "60s"),
          Map.entry("qa.http.api-key-pepper", PEPPER),
          Map.entry("qa.http.api-keys.shop-a-2025.shop-id", "shop-a"),
          Map.entry("qa.http.api-keys.shop-a-2025.hash", hasher.hashHex(KEY_A)),
          Map.entry("qa.http.api-keys.shop-a-2026.shop-id", "shop-a"),
          Map.entry("qa.http.api-keys.shop-a-2026.hash", hasher.hashHex(KEY_A_ROTATED)),
          Map.entry("qa.http.api-keys.shop-b-1.shop-id", "shop-b"),
          Map.entry("qa.http.api-keys.shop-b-1.hash", hasher.hashHex(KEY_B)),
          Map.entry("qa.http.api-keys.shop-c-slow.shop-id", "shop-c"),
          Map.entry("qa.http.api-keys.shop-c-slow.hash", hasher.hashHex(KEY_SLOW)),
          Map.entry("qa.http.api-keys.shop-c-slow.rate-per-second", "0.01"),
          Map.entry("qa.http.api-keys.shop-c-slow.burst", "2"));
    }

    @Override
    public List<TestResourceEntry> testResources() {
      return List.of(new TestResourceEntry(BrokerResource.class));
    }
  }

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrapServers;

  @Inject AnswersView view;

  @BeforeEach
  void awaitReady() {
    Instant end = Instant.now().plusSeconds(90);
    while (Instant.now().isBefore(end)
        && !(view.caughtUp() && given().get("/q/health/ready").statusCode() == 200)) {
      sleep(250);
    }
    assertThat(view.caughtUp()).as("answers view caught up").isTrue();
  }

  private static RequestSpecification as(String key) {
    return given().header("Authorization", "Bearer " + key).contentType("application/json");
  }

  @Test
  void aQuestionIsAnsweredInTheResponseAndARepeatWritesNothing() {
    byte[] question = Questions.json("http-1", "shop-a", "ko-KR", Questions.KO_TEXT);
    Response first = as(KEY_A).body(question).post("/v1/questions");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(200);
    AnswerEvent answer = Json.fromBytes(first.asByteArray(), AnswerEvent.class);
    assertThat(answer.questionId()).isEqualTo("http-1");
    assertThat(answer.revision()).isEqualTo(1);
    assertThat(answer.source()).isEqualTo(AnswerSource.FALLBACK);
    assertThat(answer.text()).isEqualTo(DefaultPolicy.ACKNOWLEDGEMENTS.get("ko"));
    assertThat(first.header("Location")).endsWith("/v1/questions/http-1/answers");
    assertThat(first.header("Idempotent-Replay")).isEqualTo("false");

    // The same questionId again, with the rotated key of the same shop (via X-Api-Key).
    Response again =
        given().header("X-Api-Key", KEY_A_ROTATED).body(question).post("/v1/questions");
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.header("Idempotent-Replay")).isEqualTo("true");
    assertThat(Json.fromBytes(again.asByteArray(), AnswerEvent.class)).isEqualTo(answer);

    try (TopicReader questions = new TopicReader(bootstrapServers, Topics.QUESTIONS)) {
      long written =
          questions.drain(Duration.ofSeconds(3)).stream()
              .filter(r -> Arrays.equals(r.key(), "http-1".getBytes(StandardCharsets.UTF_8)))
              .count();
      assertThat(written).as("question records for http-1").isEqualTo(1);
    }
  }

  @Test
  void badRequestsGetAClearReason() {
    assertError(as(KEY_A).body("{oops").post("/v1/questions"), 400, "NOT_JSON", "not valid JSON");
    String noText =
        "{\"schemaVersion\":1,\"questionId\":\"http-2\",\"shopId\":\"shop-a\","
            + "\"askedAt\":\"2026-11-22T10:15:30Z\"}";
    assertError(
        as(KEY_A).body(noText).post("/v1/questions"), 400, "MISSING_FIELD", "text: required");
    byte[] valid = Questions.json("http-3", "shop-a", "en", Questions.EN_TEXT);
    Response wrongKey = as("sfqa_not-a-key").body(valid).post("/v1/questions");
    assertError(wrongKey, 401, "UNAUTHORIZED", "not valid");
    assertThat(wrongKey.header("WWW-Authenticate")).isEqualTo("Bearer");
    assertError(given().body(valid).post("/v1/questions"), 401, "UNAUTHORIZED", "required");
    assertError(as(KEY_B).body(valid).post("/v1/questions"), 403, "SHOP_MISMATCH", "shop-b");
  }

  @Test
  void aKeyOverItsRateGets429WithRetryAfter() {
    for (int i = 1; i <= 2; i++) {
      byte[] q = Questions.json("http-slow-" + i, "shop-c", "en", Questions.EN_TEXT);
      assertThat(as(KEY_SLOW).body(q).post("/v1/questions").statusCode()).isEqualTo(200);
    }
    byte[] third = Questions.json("http-slow-3", "shop-c", "en", Questions.EN_TEXT);
    Response limited = as(KEY_SLOW).body(third).post("/v1/questions");
    assertError(limited, 429, "RATE_LIMITED", "retry after");
    assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 100L);
    // Other keys are not affected.
    byte[] other = Questions.json("http-fast-1", "shop-a", "en", Questions.EN_TEXT);
    assertThat(as(KEY_A).body(other).post("/v1/questions").statusCode()).isEqualTo(200);
  }

  @Test
  void aLaterStaffRevisionShowsInTheAnswers() {
    byte[] question = Questions.json("http-staff", "shop-a", "en", Questions.EN_TEXT);
    AnswerEvent first =
        Json.fromBytes(
            as(KEY_A)
                .body(question)
                .post("/v1/questions")
                .then()
                .statusCode(200)
                .extract()
                .asByteArray(),
            AnswerEvent.class);
    AnswerEvent staff =
        new AnswerEvent(
            1,
            "http-staff",
            "shop-a",
            "p-42",
            AnswerEvent.answerId("http-staff", 2),
            2,
            "Yes: size L fits 170-180 cm.",
            "en",
            AnswerSource.STAFF,
            Instant.now(),
            "kim@shop-a");
    try (QuestionProducer producer = new QuestionProducer(bootstrapServers)) {
      producer.send(Topics.ANSWERS, Questions.key("http-staff"), Json.toBytes(staff));
      producer.flush();
    }
    Instant end = Instant.now().plusSeconds(30);
    Response got;
    do {
      sleep(200);
      got = as(KEY_A).get("/v1/questions/http-staff/answers");
    } while (got.jsonPath().getList("revisions").size() < 2 && Instant.now().isBefore(end));
    assertThat(got.statusCode()).isEqualTo(200);
    assertThat(got.jsonPath().getList("revisions.revision", Integer.class)).containsExactly(1, 2);
    assertThat(got.jsonPath().getString("revisions[0].answerId")).isEqualTo(first.answerId());
    assertThat(got.jsonPath().getString("revisions[1].source")).isEqualTo("STAFF");
    assertThat(got.jsonPath().getString("revisions[1].reviewer")).isEqualTo("kim@shop-a");
    // Another shop's key cannot see it, and an unknown id is the same 404.
    assertError(as(KEY_B).get("/v1/questions/http-staff/answers"), 404, "NOT_FOUND", "http-staff");
    assertError(as(KEY_A).get("/v1/questions/nope/answers"), 404, "NOT_FOUND", "nope");
  }

  @Test
  void servesTheOpenApiDocumentThatDocsHoldsACopyOf() throws Exception {
    String served = given().get("/q/openapi").then().statusCode(200).extract().asString();
    assertThat(served).contains("/v1/questions:", "/v1/questions/{questionId}/answers:");
    Path out = Path.of("target/openapi/questions-api.yaml");
    Files.createDirectories(out.getParent());
    Files.writeString(out, served);
    Path copy = Path.of("../../docs/openapi/questions-api.yaml");
    if (Files.exists(copy)) {
      assertThat(Files.readString(copy))
          .as("docs/openapi/questions-api.yaml is out of date: copy " + out.toAbsolutePath())
          .isEqualTo(served);
    }
  }

  private static void assertError(Response r, int status, String reason, String detailPart) {
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(status);
    assertThat(r.contentType()).startsWith("application/json");
    assertThat(r.jsonPath().getString("error.reason")).isEqualTo(reason);
    assertThat(r.jsonPath().getString("error.detail")).contains(detailPart);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
