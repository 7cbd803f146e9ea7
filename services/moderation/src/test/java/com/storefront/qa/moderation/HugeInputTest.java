package com.storefront.qa.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.pii.PiiMasker;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 1 MB adversarial inputs: long runs of what each pattern looks for (digits and separators, '@',
 * address characters, token brackets, Korean, repeated phrases, random code units including lone
 * surrogates and control characters). Each must finish well within the bound.
 */
class HugeInputTest {
  private static final int MB = 1 << 20;
  private static final Moderator M = new Moderator();

  static Stream<Arguments> inputs() {
    Random random = new Random(42);
    char[] noise = new char[MB];
    for (int i = 0; i < MB; i++) {
      noise[i] = (char) random.nextInt(Character.MAX_VALUE + 1);
    }
    return Stream.of(
        Arguments.of("digits", "0".repeat(MB)),
        Arguments.of("digit groups", "1-".repeat(MB / 2)),
        Arguments.of("spaced digits", "4 ".repeat(MB / 2)),
        Arguments.of("at signs", "a@".repeat(MB / 2)),
        Arguments.of("address chars", "a.".repeat(MB / 2) + "@"),
        Arguments.of("token brackets", "[|".repeat(MB / 2)),
        Arguments.of("nested tokens", "<|a".repeat(MB / 3)),
        Arguments.of("korean", "내일 도착합니다 씨 ".repeat(MB / 10)),
        Arguments.of("jamo", "ㅅ ".repeat(MB / 2)),
        Arguments.of("stars", "f*".repeat(MB / 2)),
        Arguments.of("control chars", "\u0000\u0001\u200B\n".repeat(MB / 4)),
        Arguments.of("random code units", new String(noise)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void megabyteInputsFinishQuickly(String name, String text) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          InputCheck in = M.checkQuestion(text, null, null);
          assertThat(in.verdict()).isNotEqualTo(Verdict.PUBLISH);
          M.checkReply(in.maskedText(), text, null, null, null);
          PiiMasker.mask(text);
        });
  }
}
