package com.storefront.qa.worker;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The application boots on a tiny checkpoint, turns ready after warm-up and answers a request. */
@QuarkusTest
@QuarkusTestResource(value = WorkerTestResource.class, restrictToAnnotatedClass = true)
class ReplyWorkerAppTest {

  @Test
  void readinessTurnsUpAfterWarmUpAndARequestGetsAResult() {
    given().when().get("/q/health/live").then().statusCode(200);
    await()
        .atMost(Duration.ofSeconds(120))
        .pollInterval(Duration.ofMillis(250))
        .untilAsserted(
            () ->
                given()
                    .when()
                    .get("/q/health/ready")
                    .then()
                    .statusCode(200)
                    .body("checks[0].data.phase", equalTo("READY"))
                    .body("checks[0].data.model", equalTo("tiny-qwen2")));
    // The startupProbe's endpoint: up once the model has loaded and warmed up.
    given()
        .when()
        .get("/q/health/started")
        .then()
        .statusCode(200)
        .body("checks.name", hasItem("reply-worker-started"));

    Fixtures.produce(
        WorkerTestResource.broker,
        Topics.GENERATION_REQUESTS,
        List.of(Fixtures.request("app-1", 6, null)));
    try (var reader =
        new Fixtures.ResultReader(WorkerTestResource.broker, Topics.GENERATION_RESULTS)) {
      List<GenerationResult> results = reader.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(60));
      assertThat(results)
          .singleElement()
          .satisfies(
              r -> {
                assertThat(r.requestId()).isEqualTo("app-1");
                assertThat(r.status()).isEqualTo(GenerationStatus.COMPLETED);
                assertThat(r.model()).isEqualTo("tiny-qwen2");
                assertThat(r.workerId()).isEqualTo("quarkus-test");
                assertThat(r.completionTokens()).isPositive();
              });
    }

    given()
        .when()
        .get("/q/metrics")
        .then()
        .statusCode(200)
        .body(containsString("qa_worker_model_load_seconds"))
        .body(containsString("qa_worker_generated_tokens_total"))
        .body(containsString("qa_worker_batch_occupancy"))
        .body(containsString("qa_worker_engine_decode_step_tokens_total"))
        .body(containsString("qa_worker_engine_decode_step_seconds_total"))
        .body(containsString("qa_worker_engine_queued_sequences"))
        .body(containsString("qa_worker_time_to_first_token_seconds"))
        .body(containsString("qa_worker_results_total{finish_reason="));
  }
}
