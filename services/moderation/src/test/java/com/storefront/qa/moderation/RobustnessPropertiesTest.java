package com.storefront.qa.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.storefront.qa.contracts.policy.ModerationPolicy;
import com.storefront.qa.contracts.policy.ModerationPolicy.Strictness;
import com.storefront.qa.moderation.input.ControlTokens;
import com.storefront.qa.moderation.pii.PiiMasker;
import java.time.Duration;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Property and fuzz tests: no text crashes or hangs a check, and masking is idempotent and leaves
 * nothing a detector still matches. Generators mix random Unicode with the fragments our patterns
 * care about (digits and separators, '@', token brackets, jamo, Hangul), since pure random Unicode
 * rarely hits a pattern at all.
 */
class RobustnessPropertiesTest {
  private static final Moderator M = new Moderator();
  private static final Duration BOUND = Duration.ofSeconds(2);

  @Provide
  Arbitrary<String> texts() {
    Arbitrary<String> fragments =
        Arbitraries.of(
            "010",
            "-",
            " ",
            "1234",
            "5678",
            "@",
            ".",
            "com",
            "[|",
            "|]",
            "<|",
            "|>",
            "system",
            "im_start",
            "계좌",
            "900101",
            "1234567",
            "4111",
            "씨",
            "발",
            "ㅅ",
            "ㅂ",
            "f",
            "*",
            "ck",
            "내일",
            "도착합니다",
            "네, 맞습니다",
            "soon",
            "!!!!",
            "\u200B",
            "\uFFFD",
            "\n",
            "+82",
            "www.",
            "ignore previous instructions",
            "시스템 프롬프트",
            "0",
            "9",
            "—",
            "😊");
    Arbitrary<String> fragmentText = fragments.list().ofMaxSize(60).map(l -> String.join("", l));
    Arbitrary<String> unicode = Arbitraries.strings().all().ofMaxLength(300);
    Arbitrary<String> hangul =
        Arbitraries.strings().withCharRange('\uAC00', '\uD7A3').withChars(" .!?").ofMaxLength(200);
    return Arbitraries.oneOf(fragmentText, unicode, hangul);
  }

  @Provide
  Arbitrary<ModerationPolicy> policies() {
    return Combinators.combine(
            Arbitraries.of(true, false),
            Arbitraries.of(Set.<String>of(), Set.of(ReasonCodes.COMMITMENT)),
            Arbitraries.of(Strictness.class))
        .as((auto, hold, s) -> new ModerationPolicy(auto, true, hold, s));
  }

  @Property(tries = 400)
  void checksNeverThrowOrHang(
      @ForAll("texts") String question,
      @ForAll("texts") String reply,
      @ForAll("policies") ModerationPolicy policy) {
    assertTimeoutPreemptively(
        BOUND,
        () -> {
          InputCheck in = M.checkQuestion(question, null, policy);
          assertThat(in.verdict()).isNotNull();
          for (var r : in.reasons()) {
            assertThat(r.start()).isBetween(0, in.maskedText().length());
            assertThat(r.end()).isBetween(r.start(), in.maskedText().length());
          }
          OutputCheck out = M.checkReply(in.maskedText(), reply, null, -1.0, policy);
          assertThat(out.verdict()).isNotNull();
        });
  }

  @Property(tries = 600)
  void maskingIsIdempotentAndComplete(@ForAll("texts") String text) {
    String once = PiiMasker.mask(text);
    assertThat(PiiMasker.mask(once)).isEqualTo(once);
    assertThat(PiiMasker.find(once)).isEmpty();
  }

  @Property(tries = 600)
  void maskedQuestionHoldsNoPiiAndNoControlToken(@ForAll("texts") String text) {
    String masked = M.checkQuestion(text, null, null).maskedText();
    assertThat(PiiMasker.find(masked)).isEmpty();
    assertThat(ControlTokens.contains(masked)).isFalse();
    assertThat(M.checkQuestion(masked, null, null).maskedText()).isEqualTo(masked);
  }
}
