package com.storefront.qa.moderation.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Command line: {@code check} (JSONL in, JSONL verdicts out), {@code eval [corpus.jsonl...]}
 * (precision and recall against labelled corpora; without files, the held-out test and dev sets),
 * {@code bench [seconds] [corpus.jsonl]} (question+reply pairs per second on one thread). See
 * docs/moderation.md.
 */
public final class Main {
  private static final String USAGE =
      """
      usage: moderation check                  < questions.jsonl > verdicts.jsonl
             moderation eval [corpus.jsonl...] precision/recall per reason and overall; no file =
                                               the held-out test sets (accuracy) and dev sets
             moderation bench [seconds] [corpus.jsonl]   checks per second on one thread
      check input lines: {"question": "...", "reply": "..." (optional), "locale": "ko-KR" \
      (optional), "meanLogProb": -0.4 (optional)}
      """;

  private Main() {}

  public static void main(String[] args) throws Exception {
    System.exit(run(args, new PrintStream(System.out, true, StandardCharsets.UTF_8)));
  }

  /** Runs a command; returns the exit status (0 ok, 1 failures in the data, 2 usage). */
  static int run(String[] args, PrintStream out) throws Exception {
    if (args.length == 1 && args[0].contains(" ")) {
      // exec:java passes -Dexec.args="eval file" as one string on some shells.
      args = args[0].trim().split("\\s+");
    }
    if (args.length == 0) {
      System.err.print(USAGE);
      return 2;
    }
    String[] rest = Arrays.copyOfRange(args, 1, args.length);
    switch (args[0]) {
      case "check":
        return CheckCommand.run(System.in, out);
      case "eval":
        return EvalCommand.run(Arrays.stream(rest).map(Path::of).toList(), out);
      case "bench":
        double seconds = rest.length > 0 ? Double.parseDouble(rest[0]) : 10;
        Path corpus = rest.length > 1 ? Path.of(rest[1]) : null;
        return BenchCommand.run(seconds, corpus, out);
      default:
        System.err.print(USAGE);
        return 2;
    }
  }
}
