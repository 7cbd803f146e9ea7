package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import com.openai.core.http.StreamResponse;
import com.openai.errors.RateLimitException;
import com.openai.models.chat.completions.ChatCompletionChunk;
import com.openai.models.chat.completions.ChatCompletionCreateParams;
import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.worker.openai.OpenAiTestResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * HTTP and Kafka share one engine: with the HTTP share of the batch taken (2 long streams, {@code
 * max-in-flight} = max-batch 4 / 2), a third HTTP request gets 429 and a Kafka request is still
 * generated and committed while both streams keep decoding.
 */
@QuarkusTest
@QuarkusTestResource(value = OpenAiTestResource.class, restrictToAnnotatedClass = true)
class OpenAiFairnessTest {
  @Inject WorkerLifecycle lifecycle;

  @TestHTTPResource("/v1")
  URL v1;

  @Test
  void kafkaWorkIsServedWhileHttpHoldsItsShareAndMoreHttpIsRefused() {
    await()
        .atMost(Duration.ofSeconds(120))
        .until(() -> lifecycle.phase() == WorkerLifecycle.Phase.READY);
    OpenAIClient client =
        OpenAIOkHttpClient.builder()
            .apiKey(OpenAiTestResource.KEY)
            .baseUrl(v1.toString())
            .maxRetries(0)
            .build();
    ChatCompletionCreateParams longOne =
        ChatCompletionCreateParams.builder()
            .model(lifecycle.modelInfo().name())
            .addUserMessage("Tell me everything about this coat.")
            .temperature(0.0)
            .maxCompletionTokens(1800)
            .build();
    try (StreamResponse<ChatCompletionChunk> a =
            client.chat().completions().createStreaming(longOne);
        StreamResponse<ChatCompletionChunk> b =
            client.chat().completions().createStreaming(longOne)) {
      a.stream().iterator().next();
      b.stream().iterator().next();
      assertThatThrownBy(() -> client.chat().completions().create(longOne))
          .isInstanceOfSatisfying(
              RateLimitException.class, e -> assertThat(e.statusCode()).isEqualTo(429));

      Fixtures.produce(
          WorkerTestResource.broker,
          Topics.GENERATION_REQUESTS,
          List.of(Fixtures.request("fair-1", 6, null)));
      try (var reader =
          new Fixtures.ResultReader(WorkerTestResource.broker, Topics.GENERATION_RESULTS)) {
        List<GenerationResult> results =
            reader.readUntil(r -> !r.isEmpty(), Duration.ofSeconds(60));
        assertThat(results)
            .singleElement()
            .satisfies(r -> assertThat(r.status()).isEqualTo(GenerationStatus.COMPLETED));
      }
      assertThat(lifecycle.engine().stats().activeSequences())
          .as("both HTTP streams still decoding when the Kafka result was committed")
          .isEqualTo(2);
    }
    await()
        .atMost(Duration.ofSeconds(2))
        .until(() -> lifecycle.engine().stats().activeSequences() == 0);
  }
}
