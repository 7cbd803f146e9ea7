package com.storefront.qa.moderation.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.Moderator;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The split corpora (issue 9). Dev is what the checks were tuned on: its bar is a regression bar.
 * The held-out test sets are scored by {@code eval} and reported in docs/moderation.md; only their
 * shape is asserted here, so that a test set can never be tuned on by making a test pass.
 */
class SplitCorpusTest {
  private static final Moderator MODERATOR = new Moderator();

  private static List<LabelledCase> read(String name) throws Exception {
    return LabelledCase.read(CorpusEvalTest.corpus(name));
  }

  @Test
  void devSetsHoldEveryBadReplyAndAlmostNoGoodOne() throws Exception {
    for (String name : List.of("replies-dev.jsonl", "questions-dev.jsonl")) {
      Evaluation.Report r = Evaluation.run(MODERATOR, read(name));
      assertThat(r.verdictMisses()).as(name).filteredOn(m -> m.c().hold()).isEmpty();
      assertThat(r.falseHoldRate()).as(name).isLessThanOrEqualTo(0.05);
    }
  }

  @Test
  void testSetsAreLargeMultilingualAndAThirdTrickyGood() throws Exception {
    for (String name :
        List.of(
            "replies-test.jsonl",
            "replies-test2.jsonl",
            "replies-test3.jsonl",
            "replies-test4.jsonl",
            "replies-test5.jsonl",
            "replies-test6.jsonl",
            "replies-dev.jsonl")) {
      List<LabelledCase> cases = read(name);
      assertThat(cases).as(name).hasSizeGreaterThanOrEqualTo(150).allMatch(LabelledCase::isReply);
      assertThat(cases.stream().map(LabelledCase::locale).distinct())
          .as(name)
          .contains("ko-KR", "en-US", "ja-JP", "zh-CN");
      long trickyGood =
          cases.stream()
              .filter(c -> !c.hold() && c.kind() != null)
              .filter(c -> !c.kind().equals("good-plain") && !c.kind().startsWith("good-ack"))
              .count();
      assertThat(trickyGood * 3)
          .as(name + " tricky good replies")
          .isGreaterThanOrEqualTo(cases.size());
    }
  }

  @Test
  void noBadReplyOfTheTunedSetsPublishes() throws Exception {
    // Test sets 1 to 6 were held out once and tuned on since: regression, like dev. Test 7 is
    // held out (the lead copies it in after the sixth round) and deliberately not asserted.
    for (String name :
        List.of(
            "replies-test.jsonl",
            "replies-test2.jsonl",
            "replies-test3.jsonl",
            "replies-test4.jsonl",
            "questions-test4.jsonl",
            "replies-test5.jsonl",
            "questions-test5.jsonl",
            "replies-test6.jsonl",
            "questions-test6.jsonl",
            "replies-dev.jsonl",
            "replies.jsonl")) {
      Evaluation.Report r = Evaluation.run(MODERATOR, read(name));
      assertThat(r.verdictMisses()).as(name).filteredOn(m -> m.c().hold()).isEmpty();
    }
  }

  @Test
  void nothingTheOldCorpusHeldNowPublishes() throws Exception {
    for (String name : List.of("replies.jsonl", "questions.jsonl")) {
      for (LabelledCase c : read(name)) {
        if (!c.hold()) {
          continue;
        }
        Evaluation.Report r = Evaluation.run(MODERATOR, List.of(c));
        assertThat(r.hold().falseNegative)
            .as(name + " line " + c.line() + ": " + (c.reply() != null ? c.reply() : c.question()))
            .isZero();
      }
    }
  }

  @Test
  void evalLeadsWithTheHeldOutSetOrSaysItIsMissing() throws Exception {
    var out = new java.io.ByteArrayOutputStream();
    EvalCommand.run(
        List.of(), new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    String first =
        out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().findFirst().orElse("");
    // Whether or not the lead has copied test 7 in yet, it is what eval prints first.
    assertThat(first).contains("replies-test7.jsonl");
  }

  @Test
  void evalPrintsTestAndDevFigures() throws Exception {
    Path dir = CorpusEvalTest.corpus("replies.jsonl").getParent();
    var out = new java.io.ByteArrayOutputStream();
    EvalCommand.run(
        List.of(dir.resolve("replies-test2.jsonl"), dir.resolve("replies-dev.jsonl")),
        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8));
    String text = out.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(text).contains("replies-test2.jsonl", "replies-dev.jsonl", "overall hold:", "kind");
    assertThat(Verdict.values()).isNotEmpty();
  }
}
