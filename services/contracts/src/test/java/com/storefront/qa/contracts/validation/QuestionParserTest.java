package com.storefront.qa.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.testing.MalformedQuestions;
import com.storefront.qa.contracts.validation.ParseOutcome.Invalid;
import com.storefront.qa.contracts.validation.ParseOutcome.Valid;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class QuestionParserTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void parsesTheDesignExample() {
    String json =
        """
        {"schemaVersion": 1, "questionId": "q-20261122-0001", "shopId": "hanbit-market",
         "productId": "p-42", "productName": "2026 daily planner", "locale": "ko-KR",
         "text": "이 다이어리에 내년도 공휴일이 표시되어 있나요?", "askedAt": "2026-11-22T10:15:30Z",
         "customerRef": "opaque, optional", "someFutureField": {"x": 1}}
        """;
    ParseOutcome outcome = QuestionParser.parse(utf8("q-20261122-0001"), utf8(json));

    assertThat(outcome).isInstanceOf(Valid.class);
    QuestionEvent q = ((Valid) outcome).question();
    assertThat(q.questionId()).isEqualTo("q-20261122-0001");
    assertThat(q.locale()).isEqualTo("ko-KR");
    assertThat(q.text()).isEqualTo("이 다이어리에 내년도 공휴일이 표시되어 있나요?");
    assertThat(q.askedAt()).isEqualTo(Instant.parse("2026-11-22T10:15:30Z"));
    assertThat(q.customerRef()).isEqualTo("opaque, optional");
  }

  @Test
  void optionalFieldsMayBeAbsentAndKeyMayBeNull() {
    ParseOutcome outcome = QuestionParser.parse(null, utf8(MalformedQuestions.obj("q-1")));
    assertThat(outcome).isInstanceOf(Valid.class);
    assertThat(((Valid) outcome).question().locale()).isNull();
  }

  @Test
  void toStringNeverShowsTextOrCustomerRef() {
    var q =
        new QuestionEvent(1, "q-1", "s", "p", "n", "ko", "010-1234-5678", Instant.EPOCH, "cust-9");
    assertThat(q.toString()).doesNotContain("010-1234-5678").doesNotContain("cust-9");
  }

  @Test
  void controlCharactersAreRemovedFromFreeTextButLineBreaksStay() {
    String json =
        """
        {"schemaVersion": 1, "questionId": "q-ctl", "shopId": "s", "productName": "pen\\u0007cil",
         "text": "NUL\\u0000 here,\\u001b[2J esc,\\u0085 nel\\u007f,\\nline two\\ttab",
         "askedAt": "2026-11-22T10:15:30Z", "customerRef": "c\\u0000-9"}
        """;
    ParseOutcome outcome = QuestionParser.parse(utf8("q-ctl"), utf8(json));

    assertThat(outcome).isInstanceOf(Valid.class);
    QuestionEvent q = ((Valid) outcome).question();
    assertThat(q.text()).isEqualTo("NUL here,[2J esc, nel,\nline two\ttab");
    assertThat(q.productName()).isEqualTo("pencil");
    assertThat(q.customerRef()).isEqualTo("c-9");
  }

  @Test
  void aTextOfNothingButControlCharactersIsRejectedAsBlank() {
    String json =
        """
        {"schemaVersion": 1, "questionId": "q-ctl2", "shopId": "s",
         "text": "\\u0000\\u0001 \\u0002", "askedAt": "2026-11-22T10:15:30Z"}
        """;
    ParseOutcome outcome = QuestionParser.parse(null, utf8(json));

    assertThat(outcome).isInstanceOf(Invalid.class);
    assertThat(((Invalid) outcome).reason()).isEqualTo(RejectReason.BLANK_FIELD);
    assertThat(((Invalid) outcome).detail()).startsWith("text:");
  }

  @Test
  void idsWithControlCharactersAreRejected() {
    String json =
        """
        {"schemaVersion": 1, "questionId": "q-\\u0000", "shopId": "s", "text": "hi",
         "askedAt": "2026-11-22T10:15:30Z"}
        """;
    ParseOutcome outcome = QuestionParser.parse(null, utf8(json));

    assertThat(outcome).isInstanceOf(Invalid.class);
    assertThat(((Invalid) outcome).reason()).isEqualTo(RejectReason.INVALID_VALUE);
  }

  static Stream<MalformedQuestions.Case> malformed() {
    return MalformedQuestions.all("bad").stream();
  }

  @Test
  void corpusHasAtLeastThirtyKindsOfMalformedRecords() {
    List<MalformedQuestions.Case> all = MalformedQuestions.all("bad");
    assertThat(all).hasSizeGreaterThanOrEqualTo(30);
    assertThat(all.stream().map(MalformedQuestions.Case::expected).distinct())
        .containsExactlyInAnyOrder(RejectReason.values());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void rejectsWithTheRightReasonAndADetail(MalformedQuestions.Case c) {
    ParseOutcome outcome = QuestionParser.parse(c.key(), c.value());

    assertThat(outcome).isInstanceOf(Invalid.class);
    Invalid invalid = (Invalid) outcome;
    assertThat(invalid.reason()).isEqualTo(c.expected());
    assertThat(invalid.detail()).isNotBlank();
  }

  @Test
  void detailNamesTheField() {
    String json = MalformedQuestions.obj("q-2").replace("Is it waterproof?", " ");
    Invalid invalid = (Invalid) QuestionParser.parse(null, utf8(json));
    assertThat(invalid.detail()).isEqualTo("text: must not be blank");
  }
}
