package com.storefront.qa.chaos;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.storefront.qa.contracts.json.Json;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Random;

/**
 * One record the harness offers: a valid question, a byte-for-byte duplicate of an earlier one, or
 * a malformed record (each kind a different way a producer gets it wrong). Malformed records are
 * keyed {@code bad-<n>}, so the check can find each in the DLQ.
 */
record Offer(Kind kind, String key, byte[] value) {
  enum Kind {
    VALID,
    DUPLICATE,
    NOT_JSON,
    INVALID_UTF8,
    MISSING_ID,
    WRONG_SCHEMA
  }

  private static final String[][] SAMPLES = {
    {"ko-KR", "이 코트는 물세탁이 가능한가요?", "울 블렌드 롱코트"},
    {"en-US", "Does this kettle come with a spare filter?", "Electric kettle 1.7L"},
    {"ja-JP", "この手帳には祝日が印刷されていますか？", "2026 デイリープランナー"},
    {"zh-CN", "这个水壶可以用洗碗机清洗吗？", "电热水壶 1.7L"},
  };

  static Offer valid(String runId, long n, Random random) {
    String[] s = SAMPLES[random.nextInt(SAMPLES.length)];
    String id = "chaos-%s-%06d".formatted(runId, n);
    ObjectNode q = Json.MAPPER.createObjectNode();
    q.put("schemaVersion", 1);
    q.put("questionId", id);
    q.put("shopId", "chaos-shop-" + (n % 3));
    q.put("productId", "p-" + (n % 17));
    q.put("productName", s[2]);
    q.put("locale", s[0]);
    q.put("text", s[1]);
    q.put("askedAt", Instant.now().toString());
    return new Offer(Kind.VALID, id, Json.toBytes(q));
  }

  static Offer duplicate(Offer original) {
    return new Offer(Kind.DUPLICATE, original.key(), original.value());
  }

  static Offer malformed(long n, Random random) {
    String key = "bad-" + n;
    Kind kind = Kind.values()[2 + random.nextInt(4)];
    byte[] value =
        switch (kind) {
          case NOT_JSON ->
              "{\"questionId\": \"%s\", \"text\": ".formatted(key).getBytes(StandardCharsets.UTF_8);
          case INVALID_UTF8 ->
              concat(
                  "{\"schemaVersion\":1,\"questionId\":\"%s\",\"shopId\":\"s\",\"text\":\""
                      .formatted(key)
                      .getBytes(StandardCharsets.UTF_8),
                  new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF},
                  "\",\"askedAt\":\"2026-12-02T00:00:00Z\"}".getBytes(StandardCharsets.UTF_8));
          case MISSING_ID ->
              "{\"schemaVersion\":1,\"shopId\":\"s\",\"text\":\"hello?\",\"askedAt\":\"2026-12-02T00:00:00Z\"}"
                  .getBytes(StandardCharsets.UTF_8);
          case WRONG_SCHEMA ->
              "{\"schemaVersion\":99,\"questionId\":\"%s\",\"shopId\":\"s\",\"text\":\"hi\",\"askedAt\":\"2026-12-02T00:00:00Z\"}"
                  .formatted(key)
                  .getBytes(StandardCharsets.UTF_8);
          default -> throw new IllegalStateException(kind.name());
        };
    return new Offer(kind, key, value);
  }

  boolean isMalformed() {
    return kind != Kind.VALID && kind != Kind.DUPLICATE;
  }

  private static byte[] concat(byte[]... parts) {
    int len = 0;
    for (byte[] p : parts) {
      len += p.length;
    }
    byte[] out = new byte[len];
    int at = 0;
    for (byte[] p : parts) {
      System.arraycopy(p, 0, out, at, p.length);
      at += p.length;
    }
    return out;
  }
}
