package com.storefront.qa.moderation.cli;

import com.storefront.qa.moderation.Moderator;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/** {@code eval}: prints precision and recall per reason and overall, then the misses. */
final class EvalCommand {
  private EvalCommand() {}

  static int run(Path corpus, PrintStream out) {
    Evaluation.Report report = Evaluation.run(new Moderator(), LabelledCase.read(corpus));
    print(report, out);
    return report.hold().falseNegative == 0 ? 0 : 1;
  }

  static void print(Evaluation.Report r, PrintStream out) {
    out.printf(
        Locale.ROOT,
        "cases %d (hold %d, publish %d)%n",
        r.cases(),
        r.holdLabelled(),
        r.publishLabelled());
    out.printf(
        Locale.ROOT,
        "overall hold: precision %.3f recall %.3f (tp %d fp %d fn %d); good replies held %.1f%%%n",
        r.hold().precision(),
        r.hold().recall(),
        r.hold().truePositive,
        r.hold().falsePositive,
        r.hold().falseNegative,
        100 * r.falseHoldRate());
    out.printf(
        Locale.ROOT,
        "%-20s %9s %9s %5s %5s %5s%n",
        "reason",
        "precision",
        "recall",
        "tp",
        "fp",
        "fn");
    for (Map.Entry<String, Evaluation.Counts> e : r.perReason().entrySet()) {
      Evaluation.Counts k = e.getValue();
      out.printf(
          Locale.ROOT,
          "%-20s %9.3f %9.3f %5d %5d %5d%n",
          e.getKey(),
          k.precision(),
          k.recall(),
          k.truePositive,
          k.falsePositive,
          k.falseNegative);
    }
    for (Evaluation.Miss m : r.verdictMisses()) {
      out.printf(
          "VERDICT MISS line %d: labelled %s, got %s %s%n  q: %s%n  r: %s%n",
          m.c().line(),
          m.c().hold() ? "hold" : "publish",
          m.verdict(),
          m.found(),
          m.c().question(),
          m.c().reply());
    }
    for (Evaluation.Miss m : r.reasonMisses()) {
      out.printf(
          "reason mismatch line %d: expected %s, got %s%n",
          m.c().line(), m.c().reasons(), m.found());
    }
  }
}
