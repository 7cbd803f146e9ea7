package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.contracts.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RequestReaderTest {
  private static final Instant NOW = Instant.parse("2026-11-23T07:00:00Z");
  private final RequestReader reader =
      new RequestReader(new ResultFactory("tiny", "rev1", "w1"), 64, 512);

  @Test
  void aValidRequestBecomesEngineWorkWithTheCappedBudget() {
    GenerationRequest req = Fixtures.request("r1", 500, NOW.plusSeconds(30));
    RequestReader.Outcome out = reader.read("q-r1", Json.toBytes(req), NOW);
    assertThat(out).isInstanceOf(RequestReader.Generate.class);
    RequestReader.Generate g = (RequestReader.Generate) out;
    assertThat(g.work().requestId()).isEqualTo("r1");
    assertThat(g.work().messages().getLast().content()).isEqualTo(req.userMessage());
    assertThat(g.work().messages().getFirst().content())
        .as("the product is in the prompt")
        .startsWith(req.systemPrompt())
        .endsWith("Product: " + req.productName());
    assertThat(g.work().params().maxNewTokens()).isEqualTo(64);
    assertThat(g.used().maxNewTokens()).as("results report what was used").isEqualTo(64);
  }

  @Test
  void notJsonAndTombstonesAreUnreadableWithAReason() {
    RequestReader.Outcome garbage =
        reader.read("k", "{not json".getBytes(StandardCharsets.UTF_8), NOW);
    assertThat(garbage).isInstanceOf(RequestReader.Unreadable.class);
    assertThat(((RequestReader.Unreadable) garbage).reason()).isNotBlank();
    assertThat(reader.read("k", null, NOW))
        .isEqualTo(
            new RequestReader.Unreadable("IllegalArgumentException: null value (tombstone)"));
  }

  @Test
  void anExpiredDeadlineIsAnsweredAtOnceAsFailed() {
    GenerationRequest req = Fixtures.request("r2", 32, NOW.minusMillis(1));
    RequestReader.AnswerNow a =
        (RequestReader.AnswerNow) reader.read("q-r2", Json.toBytes(req), NOW);
    assertThat(a.result().status()).isEqualTo(GenerationStatus.FAILED);
    assertThat(a.result().finishReason()).isEqualTo("DEADLINE");
    assertThat(a.result().error()).contains("had passed");
  }

  @Test
  void aMissingUserMessageIsAnsweredAtOnceAsInvalid() {
    GenerationRequest ok = Fixtures.request("r3", 32, null);
    GenerationRequest req = copy(ok, ok.requestId(), ok.questionId(), "  ");
    RequestReader.AnswerNow a =
        (RequestReader.AnswerNow) reader.read("q-r3", Json.toBytes(req), NOW);
    assertThat(a.result().finishReason()).isEqualTo("ERROR");
    assertThat(a.result().error()).isEqualTo("invalid request: userMessage is missing");
  }

  @Test
  void aMissingRequestIdIsTakenFromTheQuestionIdThenTheKey() {
    GenerationRequest ok = Fixtures.request("r4", 32, null);
    GenerationRequest noIds = copy(ok, null, null, ok.userMessage());
    assertThat(RequestReader.withIds(noIds, "the-key").requestId()).isEqualTo("the-key");
    GenerationRequest questionIdOnly = copy(ok, " ", "q-r4", ok.userMessage());
    assertThat(RequestReader.withIds(questionIdOnly, "the-key").requestId()).isEqualTo("q-r4");
    assertThat(RequestReader.withIds(ok, "the-key").requestId()).isEqualTo("r4");
  }

  /** {@code r} with other ids and user message, and no deadline. */
  private static GenerationRequest copy(
      GenerationRequest r, String requestId, String questionId, String userMessage) {
    return new GenerationRequest(
        r.schemaVersion(),
        requestId,
        questionId,
        r.shopId(),
        r.productId(),
        r.productName(),
        r.locale(),
        r.systemPrompt(),
        userMessage,
        r.params(),
        r.seed(),
        r.requestedAt(),
        null);
  }
}
