package com.storefront.qa.moderation.cli;

import com.storefront.qa.moderation.Moderator;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code eval [corpus.jsonl...]}: prints precision and recall per reason and overall, verdicts per
 * kind of case, then the misses. Without arguments it evaluates the split corpora: first the
 * held-out test 7 sets when they are present (written blind while the sixth round was tuned, only
 * ever scored: the accuracy figures), then the earlier test sets and the dev sets, all tuned on by
 * now (regression figures only).
 */
final class EvalCommand {
  /**
   * The held-out sets, printed first when they are in the corpus folder: written blind by another
   * author while the sixth round was tuned, and copied in by the lead afterwards. Absent ones are
   * skipped with a note, so {@code eval} works before they arrive.
   */
  static final List<String[]> HELD_OUT =
      List.of(
          new String[] {
            "replies-test7.jsonl",
            "TEST 7 (held out: written blind by another author during the sixth round): accuracy"
          },
          new String[] {
            "questions-test7.jsonl",
            "TEST 7 (held out: written blind by another author during the sixth round): accuracy"
          });

  /** The split corpora, in the order they are printed after the held-out sets. */
  static final List<String[]> SPLIT =
      List.of(
          new String[] {
            "replies-test6.jsonl",
            "TEST 6 (held out in the fifth round, dev of the sixth, tuned on): regression"
          },
          new String[] {
            "questions-test6.jsonl",
            "TEST 6 (held out in the fifth round, dev of the sixth, tuned on): regression"
          },
          new String[] {
            "replies-test5.jsonl",
            "TEST 5 (held out in the fourth round, dev of the fifth and sixth, tuned on): regression"
          },
          new String[] {
            "questions-test5.jsonl",
            "TEST 5 (held out in the fourth round, dev of the fifth and sixth, tuned on): regression"
          },
          new String[] {
            "replies-test4.jsonl",
            "TEST 4 (dev of the fourth and fifth rounds, tuned on): regression"
          },
          new String[] {
            "questions-test4.jsonl",
            "TEST 4 (dev of the fourth and fifth rounds, tuned on): regression"
          },
          new String[] {
            "replies-test3.jsonl",
            "TEST 3 (held out in the third round, tuned on since): regression"
          },
          new String[] {
            "questions-test3.jsonl",
            "TEST 3 (held out in the third round, tuned on since): regression"
          },
          new String[] {"replies-test2.jsonl", "TEST 2 (scored once, then tuned on): regression"},
          new String[] {"questions-test2.jsonl", "TEST 2 (scored once, then tuned on): regression"},
          new String[] {
            "replies-test.jsonl",
            "TEST 1 (scored once before tuning; its misses were seen since): regression"
          },
          new String[] {
            "questions-test.jsonl",
            "TEST 1 (scored once before tuning; its misses were seen since): regression"
          },
          new String[] {"replies-dev.jsonl", "DEV (tuned on): regression only"},
          new String[] {"questions-dev.jsonl", "DEV (tuned on): regression only"});

  private static final Path CORPUS_DIR = Path.of("services/moderation/src/test/resources/corpus");

  private EvalCommand() {}

  static int run(List<Path> corpora, PrintStream out) {
    List<Path> files = new ArrayList<>(corpora);
    List<String> titles = new ArrayList<>();
    if (files.isEmpty()) {
      Path dir = Files.isDirectory(CORPUS_DIR) ? CORPUS_DIR : Path.of("src/test/resources/corpus");
      for (String[] s : HELD_OUT) {
        Path held = dir.resolve(s[0]);
        if (Files.isRegularFile(held)) {
          files.add(held);
          titles.add(s[1]);
        } else {
          out.printf("(held-out set %s is not in %s yet: skipped)%n", s[0], dir);
        }
      }
      for (String[] s : SPLIT) {
        files.add(dir.resolve(s[0]));
        titles.add(s[1]);
      }
    }
    Moderator moderator = new Moderator();
    int status = 0;
    for (int i = 0; i < files.size(); i++) {
      if (files.size() > 1) {
        out.printf("=== %s%s%n", files.get(i), i < titles.size() ? " — " + titles.get(i) : "");
      }
      Evaluation.Report report = Evaluation.run(moderator, LabelledCase.read(files.get(i)));
      print(report, out);
      status |= report.hold().falseNegative == 0 ? 0 : 1;
    }
    return status;
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
    if (!r.perKind().isEmpty()) {
      out.printf("%-34s %5s %5s%n", "kind (label + class)", "cases", "held");
      for (Map.Entry<String, int[]> e : r.perKind().entrySet()) {
        out.printf("%-34s %5d %5d%n", e.getKey(), e.getValue()[0], e.getValue()[1]);
      }
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
