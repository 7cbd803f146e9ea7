package com.storefront.qa.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.testing.MalformedQuestions;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The published JSON Schemas in docs/schemas agree with what the code writes and accepts. */
class SchemaConformanceTest {
  private static final Path SCHEMAS = Path.of("../../docs/schemas");

  private static JsonSchema schema(String file) throws Exception {
    try (InputStream in = Files.newInputStream(SCHEMAS.resolve(file))) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in);
    }
  }

  @Test
  void answersWrittenByTheCodeMatchTheAnswerSchema() throws Exception {
    JsonSchema schema = schema("answer.v1.schema.json");
    var model =
        new AnswerEvent(
            1,
            "q-1",
            "shop",
            "p-1",
            AnswerEvent.answerId("q-1", 1),
            1,
            "감사합니다",
            "ko",
            AnswerSource.MODEL,
            Instant.parse("2026-11-22T10:15:31Z"),
            null);
    var staff =
        new AnswerEvent(
            1,
            "q-1",
            "shop",
            null,
            AnswerEvent.answerId("q-1", 2),
            2,
            "Yes, it is.",
            "en",
            AnswerSource.STAFF,
            Instant.now(),
            "mina");
    assertThat(schema.validate(Json.MAPPER.valueToTree(model))).isEmpty();
    assertThat(schema.validate(Json.MAPPER.valueToTree(staff))).isEmpty();

    JsonNode staffWithoutReviewer =
        Json.MAPPER.valueToTree(
            new AnswerEvent(
                1,
                "q-1",
                "s",
                null,
                "q-1#r2",
                2,
                "x",
                "en",
                AnswerSource.STAFF,
                Instant.now(),
                null));
    assertThat(schema.validate(staffWithoutReviewer)).isNotEmpty();
  }

  @Test
  void aQuestionTheParserAcceptsMatchesTheQuestionSchema() throws Exception {
    JsonSchema schema = schema("question.v1.schema.json");
    JsonNode valid = Json.MAPPER.readTree(MalformedQuestions.obj("q-7"));
    assertThat(schema.validate(valid)).isEmpty();
    JsonNode missingText = Json.MAPPER.readTree("{\"schemaVersion\":1,\"questionId\":\"q\"}");
    assertThat(schema.validate(missingText)).isNotEmpty();
  }
}
