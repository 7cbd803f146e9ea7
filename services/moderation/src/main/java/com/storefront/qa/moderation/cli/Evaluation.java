package com.storefront.qa.moderation.cli;

import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.moderation.InputCheck;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.OutputCheck;
import com.storefront.qa.moderation.lang.LanguageDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Runs a labelled corpus through a {@link Moderator} and counts: hold-vs-publish overall (HOLD and
 * BLOCK both count as hold), and per reason code (a code is expected when the case lists it).
 */
public final class Evaluation {
  /** Counts for one reason code, or for "hold" overall. */
  public static final class Counts {
    public int truePositive;
    public int falsePositive;
    public int falseNegative;

    public double precision() {
      int d = truePositive + falsePositive;
      return d == 0 ? 1.0 : (double) truePositive / d;
    }

    public double recall() {
      int d = truePositive + falseNegative;
      return d == 0 ? 1.0 : (double) truePositive / d;
    }
  }

  /** A case the moderator got wrong (verdict) or partly wrong (reasons). */
  public record Miss(LabelledCase c, Verdict verdict, Set<String> found) {}

  /**
   * The outcome of a run. {@code perKind} maps "hold eta", "publish good-exclaim"… (label and the
   * case's kind) to {cases, held}.
   */
  public record Report(
      int cases,
      int publishLabelled,
      int holdLabelled,
      Counts hold,
      Map<String, Counts> perReason,
      List<Miss> verdictMisses,
      List<Miss> reasonMisses,
      Map<String, int[]> perKind) {

    /** Share of publish-labelled cases that were held. */
    public double falseHoldRate() {
      return publishLabelled == 0 ? 0 : (double) hold.falsePositive / publishLabelled;
    }
  }

  private Evaluation() {}

  /** Evaluates every case. */
  public static Report run(Moderator moderator, List<LabelledCase> cases) {
    Counts hold = new Counts();
    Map<String, Counts> perReason = new TreeMap<>();
    List<Miss> verdictMisses = new ArrayList<>();
    List<Miss> reasonMisses = new ArrayList<>();
    int publishLabelled = 0;
    Map<String, int[]> perKind = new TreeMap<>();
    for (LabelledCase c : cases) {
      String language = LanguageDetector.languageOf(c.locale());
      InputCheck in = moderator.checkQuestion(c.question(), language, c.policy());
      Verdict verdict = in.verdict();
      List<ModerationReason> reasons = in.reasons();
      if (c.isReply()) {
        OutputCheck out =
            moderator.checkReply(in.maskedText(), c.reply(), language, c.meanLogProb(), c.policy());
        verdict = out.verdict();
        reasons = out.reasons();
      }
      boolean held = verdict != Verdict.PUBLISH;
      publishLabelled += c.hold() ? 0 : 1;
      if (c.kind() != null) {
        int[] k =
            perKind.computeIfAbsent((c.hold() ? "hold " : "publish ") + c.kind(), x -> new int[2]);
        k[0]++;
        k[1] += held ? 1 : 0;
      }
      if (held && c.hold()) {
        hold.truePositive++;
      } else if (held) {
        hold.falsePositive++;
      } else if (c.hold()) {
        hold.falseNegative++;
      }
      Set<String> found = new TreeSet<>();
      reasons.forEach(r -> found.add(r.code()));
      if (held != c.hold()) {
        verdictMisses.add(new Miss(c, verdict, found));
      }
      Set<String> codes = new TreeSet<>(found);
      codes.addAll(c.reasons());
      boolean reasonMiss = false;
      for (String code : codes) {
        Counts k = perReason.computeIfAbsent(code, x -> new Counts());
        boolean expected = c.reasons().contains(code);
        boolean got = found.contains(code);
        if (expected && got) {
          k.truePositive++;
        } else if (got) {
          k.falsePositive++;
          reasonMiss = true;
        } else {
          k.falseNegative++;
          reasonMiss = true;
        }
      }
      if (reasonMiss && held == c.hold()) {
        reasonMisses.add(new Miss(c, verdict, found));
      }
    }
    return new Report(
        cases.size(),
        publishLabelled,
        cases.size() - publishLabelled,
        hold,
        perReason,
        verdictMisses,
        reasonMisses,
        perKind);
  }
}
