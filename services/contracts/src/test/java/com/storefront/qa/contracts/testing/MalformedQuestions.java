package com.storefront.qa.contracts.testing;

import com.storefront.qa.contracts.validation.RejectReason;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * A corpus of malformed question records, each with the reason the parser must give. Shared (via
 * the contracts test-jar) by the parser's unit tests and the orchestrator's broker tests, so both
 * judge the same inputs.
 */
public final class MalformedQuestions {

  /** One malformed record: its raw bytes and the expected rejection. */
  public record Case(String name, byte[] key, byte[] value, RejectReason expected) {
    @Override
    public String toString() {
      return name;
    }
  }

  private static final String VALID_REST =
      "\"shopId\":\"s-1\",\"text\":\"Is it waterproof?\",\"askedAt\":\"2026-11-22T10:15:30Z\"";

  /** Every case; keys are the questionId where one exists. */
  public static List<Case> all(String idPrefix) {
    List<Case> c = new ArrayList<>();
    String q = idPrefix;
    add(c, "null value", q + "-null", null, RejectReason.EMPTY_RECORD);
    add(c, "empty value", q + "-empty", "", RejectReason.EMPTY_RECORD);
    add(c, "not json", q + "-nj", "hello, is this waterproof?", RejectReason.NOT_JSON);
    add(
        c,
        "truncated json",
        q + "-tr",
        "{\"schemaVersion\":1,\"questionId\":",
        RejectReason.NOT_JSON);
    add(c, "json array", q + "-arr", "[{\"schemaVersion\":1}]", RejectReason.NOT_AN_OBJECT);
    add(c, "json string", q + "-str", "\"just a string\"", RejectReason.NOT_AN_OBJECT);
    add(c, "json number", q + "-num", "42", RejectReason.NOT_AN_OBJECT);
    add(c, "json null", q + "-jn", "null", RejectReason.NOT_AN_OBJECT);
    add(c, "trailing garbage", q + "-tg", obj(q + "-tg") + " trailing", RejectReason.NOT_JSON);
    add(
        c,
        "duplicate keys",
        q + "-dk",
        "{\"schemaVersion\":1,\"questionId\":\""
            + q
            + "-dk\",\"questionId\":\"x\","
            + VALID_REST
            + "}",
        RejectReason.NOT_JSON);
    add(
        c,
        "missing schemaVersion",
        q + "-nsv",
        "{\"questionId\":\"" + q + "-nsv\"," + VALID_REST + "}",
        RejectReason.UNSUPPORTED_SCHEMA_VERSION);
    add(
        c,
        "schemaVersion 2",
        q + "-sv2",
        obj(q + "-sv2").replace("\"schemaVersion\":1", "\"schemaVersion\":2"),
        RejectReason.UNSUPPORTED_SCHEMA_VERSION);
    add(
        c,
        "schemaVersion string",
        q + "-svs",
        obj(q + "-svs").replace("\"schemaVersion\":1", "\"schemaVersion\":\"1\""),
        RejectReason.UNSUPPORTED_SCHEMA_VERSION);
    add(
        c,
        "schemaVersion fraction",
        q + "-svf",
        obj(q + "-svf").replace("\"schemaVersion\":1", "\"schemaVersion\":1.5"),
        RejectReason.UNSUPPORTED_SCHEMA_VERSION);
    add(
        c,
        "missing questionId",
        null,
        "{\"schemaVersion\":1," + VALID_REST + "}",
        RejectReason.MISSING_FIELD);
    add(
        c,
        "missing shopId",
        q + "-nshop",
        "{\"schemaVersion\":1,\"questionId\":\""
            + q
            + "-nshop\",\"text\":\"hi?\",\"askedAt\":\"2026-11-22T10:15:30Z\"}",
        RejectReason.MISSING_FIELD);
    add(
        c,
        "missing text",
        q + "-ntext",
        "{\"schemaVersion\":1,\"questionId\":\""
            + q
            + "-ntext\",\"shopId\":\"s\",\"askedAt\":\"2026-11-22T10:15:30Z\"}",
        RejectReason.MISSING_FIELD);
    add(
        c,
        "missing askedAt",
        q + "-nat",
        "{\"schemaVersion\":1,\"questionId\":\"" + q + "-nat\",\"shopId\":\"s\",\"text\":\"hi?\"}",
        RejectReason.MISSING_FIELD);
    add(
        c,
        "null text",
        q + "-nulltext",
        obj(q + "-nulltext").replace("\"text\":\"Is it waterproof?\"", "\"text\":null"),
        RejectReason.MISSING_FIELD);
    add(
        c,
        "questionId number",
        null,
        "{\"schemaVersion\":1,\"questionId\":12345," + VALID_REST + "}",
        RejectReason.WRONG_TYPE);
    add(
        c,
        "text object",
        q + "-tobj",
        obj(q + "-tobj").replace("\"text\":\"Is it waterproof?\"", "\"text\":{\"ko\":\"hi\"}"),
        RejectReason.WRONG_TYPE);
    add(
        c,
        "text array",
        q + "-tarr",
        obj(q + "-tarr").replace("\"text\":\"Is it waterproof?\"", "\"text\":[\"hi\"]"),
        RejectReason.WRONG_TYPE);
    add(
        c,
        "shopId boolean",
        q + "-sb",
        obj(q + "-sb").replace("\"shopId\":\"s-1\"", "\"shopId\":true"),
        RejectReason.WRONG_TYPE);
    add(
        c,
        "locale number",
        q + "-ln",
        obj(q + "-ln").replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"locale\":7"),
        RejectReason.WRONG_TYPE);
    add(
        c,
        "blank text",
        q + "-bt",
        obj(q + "-bt").replace("Is it waterproof?", "   \\t  "),
        RejectReason.BLANK_FIELD);
    add(
        c,
        "empty shopId",
        q + "-es",
        obj(q + "-es").replace("\"shopId\":\"s-1\"", "\"shopId\":\"\""),
        RejectReason.BLANK_FIELD);
    add(
        c,
        "blank questionId",
        null,
        "{\"schemaVersion\":1,\"questionId\":\"  \"," + VALID_REST + "}",
        RejectReason.BLANK_FIELD);
    add(
        c,
        "askedAt not a date",
        q + "-ad",
        obj(q + "-ad").replace("2026-11-22T10:15:30Z", "yesterday"),
        RejectReason.INVALID_VALUE);
    add(
        c,
        "askedAt without zone",
        q + "-az",
        obj(q + "-az").replace("2026-11-22T10:15:30Z", "2026-11-22T10:15:30"),
        RejectReason.INVALID_VALUE);
    add(
        c,
        "askedAt epoch number",
        q + "-ae",
        obj(q + "-ae").replace("\"2026-11-22T10:15:30Z\"", "1763806530"),
        RejectReason.WRONG_TYPE);
    add(
        c,
        "questionId with spaces",
        null,
        "{\"schemaVersion\":1,\"questionId\":\"q 1 2\"," + VALID_REST + "}",
        RejectReason.INVALID_VALUE);
    add(
        c,
        "bad locale",
        q + "-bl",
        obj(q + "-bl")
            .replace("\"schemaVersion\":1", "\"schemaVersion\":1,\"locale\":\"korean_language!\""),
        RejectReason.INVALID_VALUE);
    add(
        c,
        "oversized text",
        q + "-big",
        obj(q + "-big").replace("Is it waterproof?", "가".repeat(2_001)),
        RejectReason.FIELD_TOO_LONG);
    add(
        c,
        "oversized questionId",
        null,
        "{\"schemaVersion\":1,\"questionId\":\"" + "q".repeat(129) + "\"," + VALID_REST + "}",
        RejectReason.FIELD_TOO_LONG);
    add(
        c,
        "oversized record",
        q + "-huge",
        obj(q + "-huge")
            .replace(
                "\"schemaVersion\":1",
                "\"schemaVersion\":1,\"pad\":\"" + "x".repeat(40_000) + "\""),
        RejectReason.RECORD_TOO_LARGE);
    add(c, "key differs from questionId", q + "-other", obj(q + "-kd"), RejectReason.KEY_MISMATCH);
    byte[] badUtf8 = obj(q + "-utf").getBytes(StandardCharsets.UTF_8);
    int at = new String(badUtf8, StandardCharsets.UTF_8).indexOf("waterproof");
    badUtf8[at] = (byte) 0xC3;
    badUtf8[at + 1] = (byte) 0x28;
    c.add(new Case("invalid utf-8", bytes(q + "-utf"), badUtf8, RejectReason.INVALID_UTF8));
    byte[] lone = obj(q + "-lone").getBytes(StandardCharsets.UTF_8);
    lone[at] = (byte) 0xFF;
    c.add(new Case("0xFF byte", bytes(q + "-lone"), lone, RejectReason.INVALID_UTF8));
    return c;
  }

  /** A valid question object with the given id, for mutation. */
  public static String obj(String questionId) {
    return "{\"schemaVersion\":1,\"questionId\":\"" + questionId + "\"," + VALID_REST + "}";
  }

  private static void add(List<Case> c, String name, String key, String value, RejectReason r) {
    c.add(new Case(name, bytes(key), value == null ? null : bytes(value), r));
  }

  private static byte[] bytes(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private MalformedQuestions() {}
}
