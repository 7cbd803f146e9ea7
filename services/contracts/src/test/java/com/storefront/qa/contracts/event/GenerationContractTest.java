package com.storefront.qa.contracts.event;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.contracts.policy.ShopPolicy;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Provenance, backend order, shop name, stop strings and thread history: JSON both ways. */
class GenerationContractTest {

  @Test
  void resultProvenanceRoundTripsAndOldResultsStillRead() {
    GenerationParams used =
        new GenerationParams(true, 0.7, 40, 0.9, 0.05, 1.1, 128, List.of("\n\n"));
    GenerationResult r =
        new GenerationResult(
            1,
            "r-1",
            "q-1",
            "shop",
            GenerationStatus.COMPLETED,
            "hi",
            "STOP",
            "gpt-x",
            "fp_abc",
            used,
            7L,
            10,
            2,
            50L,
            null,
            null,
            "w-1",
            Instant.parse("2026-12-02T06:00:00Z"),
            "openai-compatible",
            "qa-prompt-2+chat:server",
            "in-process: queue full");
    String json = Json.toJson(r);
    assertThat(json)
        .contains("\"backend\":\"openai-compatible\"")
        .contains("\"promptTemplateVersion\":\"qa-prompt-2+chat:server\"")
        .contains("\"fallbackReason\":\"in-process: queue full\"")
        .contains("\"stop\":[\"\\n\\n\"]");
    assertThat(Json.fromBytes(json.getBytes(StandardCharsets.UTF_8), GenerationResult.class))
        .isEqualTo(r);

    String old =
        "{\"schemaVersion\":1,\"requestId\":\"r-1\",\"questionId\":\"q-1\",\"status\":\"FAILED\","
            + "\"finishReason\":\"ERROR\",\"params\":{\"doSample\":false,\"temperature\":1.0,"
            + "\"topK\":0,\"topP\":1.0,\"minP\":0.0,\"repetitionPenalty\":1.0,"
            + "\"maxNewTokens\":200},\"seed\":1}";
    GenerationResult read =
        Json.fromBytes(old.getBytes(StandardCharsets.UTF_8), GenerationResult.class);
    assertThat(read.backend()).isNull();
    assertThat(read.params()).isEqualTo(GenerationParams.defaults());
    assertThat(read.params().stopOrEmpty()).isEmpty();
  }

  @Test
  void requestCarriesShopNameBackendsAndThread() {
    GenerationRequest q =
        new GenerationRequest(
            1,
            "r-1",
            "q-1",
            "shop",
            "p-1",
            "planner",
            "en",
            "sys",
            "msg",
            GenerationParams.defaults(),
            3L,
            null,
            null,
            "Hanbit Market",
            List.of("openai-compatible", "in-process"),
            "t-9",
            List.of(new ThreadTurn("first?", "soon")));
    GenerationRequest back = Json.fromBytes(Json.toBytes(q), GenerationRequest.class);
    assertThat(back).isEqualTo(q);
    assertThat(back.withRequestId("r-2").history()).isEqualTo(q.history());
    GenerationRequest old =
        new GenerationRequest(
            1, "r-1", "q-1", "shop", "p-1", "planner", "en", "sys", "msg", null, 3L, null, null);
    assertThat(Json.toJson(old)).doesNotContain("backends").doesNotContain("history");
  }

  @Test
  void policyBackendsAndShopNameMergeOverTheDefault() {
    ShopPolicy own =
        Json.fromBytes(
            "{\"shopId\":\"s\",\"shopName\":\"Hanbit\",\"generationBackends\":[\"openai-compatible\"]}"
                .getBytes(StandardCharsets.UTF_8),
            ShopPolicy.class);
    ShopPolicy merged = own.mergedOver(DefaultPolicy.forShop("s", true));
    assertThat(merged.shopName()).isEqualTo("Hanbit");
    assertThat(merged.generationBackends()).containsExactly("openai-compatible");
    ShopPolicy plain = new ShopPolicy("s", true, Map.of(), Map.of(), null, null, null);
    assertThat(plain.mergedOver(DefaultPolicy.forShop("s", true)).generationBackends()).isNull();
  }
}
