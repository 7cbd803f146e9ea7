package com.storefront.qa.orchestrator.support;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.GenerationStatus;
import com.storefront.qa.contracts.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

/** Builds question and result records as producers would send them. */
public final class Questions {
  public static final String KO_TEXT = "이 다이어리에 내년도 공휴일이 표시되어 있나요?";
  public static final String EN_TEXT = "Is size L right for someone 175 cm tall?";

  /** A valid question record value; {@code locale} may be null (then it is left out). */
  public static byte[] json(String questionId, String shopId, String locale, String text) {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("schemaVersion", 1);
    node.put("questionId", questionId);
    node.put("shopId", shopId);
    node.put("productId", "p-42");
    node.put("productName", "2026 daily planner");
    if (locale != null) {
      node.put("locale", locale);
    }
    node.put("text", text);
    node.put("askedAt", "2026-11-22T10:15:30Z");
    node.put("customerRef", "cust-secret-7");
    return Json.toBytes(node);
  }

  public static byte[] key(String questionId) {
    return questionId.getBytes(StandardCharsets.UTF_8);
  }

  public static GenerationResult completed(String questionId, String text, double meanLogProb) {
    return result(questionId, GenerationStatus.COMPLETED, text, "STOP", meanLogProb, null);
  }

  public static GenerationResult failed(String questionId) {
    return result(questionId, GenerationStatus.FAILED, null, "ERROR", null, "engine crashed");
  }

  private static GenerationResult result(
      String questionId,
      GenerationStatus status,
      String text,
      String finish,
      Double meanLogProb,
      String error) {
    return new GenerationResult(
        GenerationResult.SCHEMA_VERSION,
        questionId + "#gen1",
        questionId,
        "shop",
        status,
        text,
        finish,
        "tiny",
        "r1",
        GenerationParams.defaults(),
        1L,
        10,
        text == null ? 0 : 12,
        50,
        meanLogProb,
        error,
        "worker-1",
        Instant.parse("2026-11-22T10:00:01Z"));
  }

  private Questions() {}
}
