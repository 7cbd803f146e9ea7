package com.storefront.qa.moderation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.ReasonCodes;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The acceptance bar on the labelled corpora: no case labelled hold is published (recall of hold
 * 100%), and at most 5% of good cases are held.
 */
class CorpusEvalTest {
  private static final Moderator MODERATOR = new Moderator();

  static Path corpus(String name) throws URISyntaxException {
    return Path.of(CorpusEvalTest.class.getResource("/corpus/" + name).toURI());
  }

  @Test
  void replyCorpusHoldsEveryBadReplyAndFewGoodOnes() throws Exception {
    List<LabelledCase> cases = LabelledCase.read(corpus("replies.jsonl"));
    assertThat(cases).hasSizeGreaterThanOrEqualTo(156).allMatch(LabelledCase::isReply);
    Evaluation.Report report = Evaluation.run(MODERATOR, cases);
    assertThat(report.verdictMisses()).as("verdict misses").filteredOn(m -> m.c().hold()).isEmpty();
    assertThat(report.hold().recall()).isEqualTo(1.0);
    assertThat(report.falseHoldRate()).isLessThanOrEqualTo(0.05);
  }

  @Test
  void replyCorpusCoversEveryReplyReasonOnTheHoldSide() throws Exception {
    List<LabelledCase> cases = LabelledCase.read(corpus("replies.jsonl"));
    var labelled =
        cases.stream()
            .filter(LabelledCase::hold)
            .flatMap(c -> c.reasons().stream())
            .collect(Collectors.toSet());
    assertThat(labelled)
        .contains(
            ReasonCodes.DEFINITIVE_CLAIM,
            ReasonCodes.COMMITMENT,
            ReasonCodes.INVENTED_CONTACT,
            ReasonCodes.HEALTH_LEGAL_CLAIM,
            ReasonCodes.RUDE_TONE,
            ReasonCodes.PROMPT_LEAK,
            ReasonCodes.SCRIPT_MIXING,
            ReasonCodes.REPETITION,
            ReasonCodes.GARBAGE,
            ReasonCodes.LOW_CONFIDENCE,
            ReasonCodes.LANGUAGE_MISMATCH,
            ReasonCodes.EMPTY,
            ReasonCodes.TOO_LONG);
    long publishKo = cases.stream().filter(c -> !c.hold() && "ko-KR".equals(c.locale())).count();
    long publishEn = cases.stream().filter(c -> !c.hold() && "en-US".equals(c.locale())).count();
    assertThat(publishKo).isGreaterThan(20);
    assertThat(publishEn).isGreaterThan(20);
  }

  @Test
  void questionCorpusHoldsAbuseInjectionAndControlTokens() throws Exception {
    List<LabelledCase> cases = LabelledCase.read(corpus("questions.jsonl"));
    Evaluation.Report report = Evaluation.run(MODERATOR, cases);
    assertThat(report.hold().recall()).isEqualTo(1.0);
    assertThat(report.falseHoldRate()).isLessThanOrEqualTo(0.05);
    for (String code :
        List.of(
            ReasonCodes.ABUSE,
            ReasonCodes.PROMPT_INJECTION,
            ReasonCodes.CONTROL_TOKEN,
            ReasonCodes.PII_PHONE,
            ReasonCodes.PII_EMAIL,
            ReasonCodes.PII_RRN,
            ReasonCodes.PII_CARD,
            ReasonCodes.PII_ACCOUNT)) {
      assertThat(report.perReason().get(code).recall()).as(code + " recall").isEqualTo(1.0);
    }
  }

  @Test
  void sharedExamplesAreJudgedAsLabelled() throws Exception {
    List<LabelledCase> shared = LabelledCase.read(corpus("replies.jsonl")).subList(0, 6);
    Evaluation.Report report = Evaluation.run(MODERATOR, shared);
    assertThat(report.verdictMisses()).isEmpty();
    assertThat(report.reasonMisses()).isEmpty();
  }
}
