package com.storefront.qa.orchestrator;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.testing.Fuzz;
import com.storefront.qa.contracts.validation.ParseOutcome;
import com.storefront.qa.contracts.validation.QuestionParser;
import com.storefront.qa.orchestrator.support.Harness;
import com.storefront.qa.orchestrator.support.Questions;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The whole topology on generated input: question records that are valid, edited at random or pure
 * noise, after a shop policy that is noise too. Every record ends in exactly one place: the DLQ
 * when the parser rejects it, one answer when it is a new valid question, nothing when it is a
 * resent one. No record makes the topology throw, which in production would stall its partition.
 */
class TopologyFuzzTest {
  static final String[][] LOCALES = {
    {"ko-KR", Questions.KO_TEXT},
    {"en", Questions.EN_TEXT},
    {"ja-JP", "この商品は防水ですか？"},
    {"zh-CN", "这个可以机洗吗？"},
  };

  @Test
  void everyRecordEndsInTheDlqOrInOneAnswer() {
    for (long seed = 0; seed < 12; seed++) {
      Fuzz f = new Fuzz(seed);
      try (Harness h = new Harness(QaSettings.defaults())) {
        // An unreadable policy must not stop the shop: it runs on the defaults.
        h.policies.pipeInput("shop-a", f.bytes(200));
        Set<String> answered = new HashSet<>();
        for (int i = 0; i < 40; i++) {
          byte[][] record = record(f);
          String why = "seed %d record %d".formatted(seed, i);
          ParseOutcome expected = QuestionParser.parse(record[0], record[1]);
          h.questions.pipeInput(record[0], record[1]);
          List<AnswerEvent> answers = h.answers.readValuesToList();
          int dead = h.dlq.readRecordsToList().size();
          switch (expected) {
            case ParseOutcome.Invalid invalid -> {
              assertThat(dead)
                  .as("%s: rejected (%s) goes to the DLQ", why, invalid.reason())
                  .isEqualTo(1);
              assertThat(answers).as(why).isEmpty();
            }
            case ParseOutcome.Valid valid -> {
              String id = valid.question().questionId();
              assertThat(dead).as(why).isZero();
              if (answered.add(id)) {
                assertThat(answers).as(why).extracting(AnswerEvent::questionId).containsExactly(id);
              } else {
                assertThat(answers)
                    .as("%s: a resent question is not answered twice", why)
                    .isEmpty();
              }
            }
          }
        }
      }
    }
  }

  /** A key and a value: valid (ids reused so resends happen), edited, or noise. */
  private static byte[][] record(Fuzz f) {
    String id = "q-" + f.below(12);
    String[] locale = LOCALES[f.below(LOCALES.length)];
    byte[] key = Questions.key(id);
    byte[] valid = Questions.json(id, "shop-a", locale[0], locale[1]);
    return switch (f.below(10)) {
      case 0, 1, 2 -> new byte[][] {key, valid};
      case 3, 4, 5, 6 -> new byte[][] {key, f.edit(valid)};
      case 7 -> new byte[][] {null, f.text(80).getBytes(StandardCharsets.UTF_8)};
      default -> new byte[][] {f.below(2) == 0 ? null : f.bytes(20), f.bytes(300)};
    };
  }
}
