package com.storefront.qa.contracts.validation;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.testing.Fuzz;
import com.storefront.qa.contracts.validation.ParseOutcome.Invalid;
import com.storefront.qa.contracts.validation.ParseOutcome.Valid;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The question parser on inputs nobody wrote by hand: random bytes, valid questions with random
 * edits, deep nesting and huge values. Whatever comes in, the parser returns an outcome and never
 * throws (a throw would stop the orchestrator's partition on that record), an invalid outcome says
 * why, and a valid one respects the limits the rest of the pipeline relies on.
 */
class QuestionParserFuzzTest {
  static final String VALID =
      "{\"schemaVersion\":1,\"questionId\":\"q-1\",\"shopId\":\"s-1\",\"productId\":\"p-1\","
          + "\"productName\":\"울 코트\",\"locale\":\"ko-KR\",\"text\":\"물세탁 되나요?\","
          + "\"askedAt\":\"2026-11-22T10:15:30Z\",\"customerRef\":\"c-9\"}";
  static final byte[] KEY = "q-1".getBytes(StandardCharsets.UTF_8);

  @Test
  void randomBytesNeverThrow() {
    for (long seed = 0; seed < 3000; seed++) {
      Fuzz f = new Fuzz(seed);
      check(seed, f.below(2) == 0 ? KEY : null, f.bytes(600));
    }
  }

  @Test
  void editedValidQuestionsNeverThrow() {
    byte[] valid = VALID.getBytes(StandardCharsets.UTF_8);
    int accepted = 0;
    for (long seed = 0; seed < 5000; seed++) {
      Fuzz f = new Fuzz(seed);
      byte[] value = f.edit(valid);
      for (int more = f.below(3); more > 0; more--) {
        value = f.edit(value);
      }
      if (check(seed, KEY, value)) {
        accepted++;
      }
    }
    // Some edits land in free text and stay valid: the fuzzing reaches both outcomes.
    assertThat(accepted).isBetween(1, 4999);
  }

  @Test
  void deepNestingIsRejectedNotAStackOverflow() {
    for (int depth : new int[] {1, 10, 999, 1000, 1001, 5_000, 20_000}) {
      String nested = "[".repeat(depth) + "]".repeat(depth);
      check(depth, null, VALID.replace("\"c-9\"", nested).getBytes(StandardCharsets.UTF_8));
      String objects = "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
      check(depth, null, VALID.replace("\"c-9\"", objects).getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void hugeFieldsAreBounded() {
    for (int size : new int[] {0, 1, 299, 300, 301, 1_999, 2_000, 2_001, 10_000, 40_000}) {
      String big = "가".repeat(size);
      check(size, null, VALID.replace("물세탁 되나요?", big).getBytes(StandardCharsets.UTF_8));
      check(size, null, VALID.replace("울 코트", big).getBytes(StandardCharsets.UTF_8));
      String id = "q" + "1".repeat(size);
      check(
          size,
          id.getBytes(StandardCharsets.UTF_8),
          VALID.replace("q-1", id).getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Parses and checks the outcome's promises; returns whether the record was accepted. */
  private static boolean check(long seed, byte[] key, byte[] value) {
    ParseOutcome outcome = QuestionParser.parse(key, value);
    String why = "case " + seed;
    switch (outcome) {
      case Invalid invalid -> {
        assertThat(invalid.reason()).as(why).isNotNull();
        assertThat(invalid.detail()).as(why).isNotBlank();
        return false;
      }
      case Valid valid -> {
        var q = valid.question();
        assertThat(value.length).as(why).isLessThanOrEqualTo(QuestionLimits.MAX_RECORD_BYTES);
        assertThat(q.questionId())
            .as(why)
            .isNotBlank()
            .hasSizeLessThanOrEqualTo(QuestionLimits.MAX_ID_LENGTH);
        assertThat(q.shopId())
            .as(why)
            .isNotBlank()
            .hasSizeLessThanOrEqualTo(QuestionLimits.MAX_ID_LENGTH);
        assertThat(q.text()).as(why).isNotBlank();
        assertThat(q.text().codePointCount(0, q.text().length()))
            .as(why)
            .isLessThanOrEqualTo(QuestionLimits.MAX_TEXT_CODE_POINTS);
        return true;
      }
    }
  }
}
