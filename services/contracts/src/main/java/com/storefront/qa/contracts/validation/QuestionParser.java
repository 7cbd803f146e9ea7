package com.storefront.qa.contracts.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.text.ControlChars;
import com.storefront.qa.contracts.validation.ParseOutcome.Invalid;
import com.storefront.qa.contracts.validation.ParseOutcome.Valid;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Parses and validates raw {@code storefront.questions.v1} records. It never throws: every record
 * becomes a {@link Valid} question or an {@link Invalid} with a reason code and a detail naming the
 * field and what is wrong with it.
 *
 * <p>Control characters other than tab and line breaks are removed from the free-text fields
 * ({@code text}, {@code productName}, {@code customerRef}) rather than rejected: a stray NUL from a
 * storefront's bug must not cost the customer an answer. Ids allow no control characters at all.
 */
public final class QuestionParser {
  private static final Pattern ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@/-]*");

  private QuestionParser() {}

  /**
   * Parses one record.
   *
   * @param key the record key bytes, or null
   * @param value the record value bytes, or null for a tombstone
   */
  public static ParseOutcome parse(byte[] key, byte[] value) {
    try {
      return parseOrThrow(key, value);
    } catch (Rejection r) {
      return new Invalid(r.reason, r.getMessage());
    }
  }

  private static ParseOutcome parseOrThrow(byte[] key, byte[] value) {
    if (value == null || value.length == 0) {
      throw new Rejection(RejectReason.EMPTY_RECORD, "record value is empty");
    }
    if (value.length > QuestionLimits.MAX_RECORD_BYTES) {
      throw new Rejection(
          RejectReason.RECORD_TOO_LARGE,
          "record is %d bytes; the limit is %d"
              .formatted(value.length, QuestionLimits.MAX_RECORD_BYTES));
    }
    JsonNode root = readObject(strictUtf8(value, "record value"));
    checkSchemaVersion(root.get("schemaVersion"));
    String questionId = id(root, "questionId", true);
    QuestionEvent question =
        new QuestionEvent(
            QuestionEvent.SCHEMA_VERSION,
            questionId,
            id(root, "shopId", true),
            id(root, "productId", false),
            bounded(root, "productName", QuestionLimits.MAX_NAME_LENGTH),
            locale(root),
            text(root),
            askedAt(root),
            bounded(root, "customerRef", QuestionLimits.MAX_NAME_LENGTH));
    checkKey(key, questionId);
    return new Valid(question);
  }

  private static String strictUtf8(byte[] bytes, String what) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException e) {
      throw new Rejection(RejectReason.INVALID_UTF8, what + " is not valid UTF-8");
    }
  }

  private static JsonNode readObject(String json) {
    JsonNode root;
    try {
      root = Json.MAPPER.readTree(json);
    } catch (IOException e) {
      String why = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
      throw new Rejection(RejectReason.NOT_JSON, "value is not valid JSON: " + why);
    }
    if (root == null || !root.isObject()) {
      String kind = root == null ? "nothing" : root.getNodeType().name().toLowerCase(Locale.ROOT);
      throw new Rejection(RejectReason.NOT_AN_OBJECT, "value must be a JSON object, got " + kind);
    }
    return root;
  }

  private static void checkSchemaVersion(JsonNode node) {
    if (node == null || node.isNull()) {
      throw new Rejection(
          RejectReason.UNSUPPORTED_SCHEMA_VERSION, "schemaVersion: required, must be 1");
    }
    if (!node.isIntegralNumber() || node.asLong() != QuestionEvent.SCHEMA_VERSION) {
      throw new Rejection(
          RejectReason.UNSUPPORTED_SCHEMA_VERSION,
          "schemaVersion: " + node + " is not supported; this consumer reads version 1");
    }
  }

  private static String string(JsonNode root, String field, boolean required) {
    JsonNode node = root.get(field);
    if (node == null || node.isNull()) {
      if (required) {
        throw new Rejection(RejectReason.MISSING_FIELD, field + ": required");
      }
      return null;
    }
    if (!node.isTextual()) {
      throw new Rejection(
          RejectReason.WRONG_TYPE,
          field + ": must be a string, got " + node.getNodeType().name().toLowerCase(Locale.ROOT));
    }
    String value = node.textValue();
    if (required && value.isBlank()) {
      throw new Rejection(RejectReason.BLANK_FIELD, field + ": must not be blank");
    }
    return value;
  }

  private static String id(JsonNode root, String field, boolean required) {
    String value = string(root, field, required);
    if (value == null || (!required && value.isEmpty())) {
      return null;
    }
    if (value.length() > QuestionLimits.MAX_ID_LENGTH) {
      throw new Rejection(
          RejectReason.FIELD_TOO_LONG,
          "%s: %d characters; the limit is %d"
              .formatted(field, value.length(), QuestionLimits.MAX_ID_LENGTH));
    }
    if (!ID.matcher(value).matches()) {
      throw new Rejection(
          RejectReason.INVALID_VALUE,
          field
              + ": only letters, digits and . _ : @ / - are allowed, starting with a letter or"
              + " digit");
    }
    return value;
  }

  private static String bounded(JsonNode root, String field, int limit) {
    String value = ControlChars.strip(string(root, field, false));
    if (value != null && value.length() > limit) {
      throw new Rejection(
          RejectReason.FIELD_TOO_LONG,
          "%s: %d characters; the limit is %d".formatted(field, value.length(), limit));
    }
    return value;
  }

  private static String text(JsonNode root) {
    String text = ControlChars.strip(string(root, "text", true));
    if (text.isBlank()) {
      throw new Rejection(
          RejectReason.BLANK_FIELD, "text: holds nothing but control characters and whitespace");
    }
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints > QuestionLimits.MAX_TEXT_CODE_POINTS) {
      throw new Rejection(
          RejectReason.FIELD_TOO_LONG,
          "text: %d characters; the limit is %d"
              .formatted(codePoints, QuestionLimits.MAX_TEXT_CODE_POINTS));
    }
    return text;
  }

  private static String locale(JsonNode root) {
    String locale = string(root, "locale", false);
    if (locale == null || locale.isBlank()) {
      return null;
    }
    try {
      return new Locale.Builder().setLanguageTag(locale.trim()).build().toLanguageTag();
    } catch (IllformedLocaleException e) {
      throw new Rejection(
          RejectReason.INVALID_VALUE, "locale: '" + locale + "' is not a BCP 47 tag like ko-KR");
    }
  }

  private static Instant askedAt(JsonNode root) {
    String value = string(root, "askedAt", true);
    try {
      return Instant.parse(value);
    } catch (DateTimeParseException e) {
      throw new Rejection(
          RejectReason.INVALID_VALUE,
          "askedAt: '" + value + "' is not an ISO-8601 instant like 2026-11-22T10:15:30Z");
    }
  }

  private static void checkKey(byte[] key, String questionId) {
    if (key == null || key.length == 0) {
      return;
    }
    String keyText = strictUtf8(key, "record key");
    if (!keyText.equals(questionId)) {
      throw new Rejection(
          RejectReason.KEY_MISMATCH,
          "record key '%s' differs from questionId '%s'; key must be the questionId"
              .formatted(keyText, questionId));
    }
  }

  /** Internal control flow: thrown by a check, caught once in {@link #parse}. */
  private static final class Rejection extends RuntimeException {
    private final RejectReason reason;

    Rejection(RejectReason reason, String detail) {
      super(detail, null, false, false);
      this.reason = reason;
    }
  }
}
