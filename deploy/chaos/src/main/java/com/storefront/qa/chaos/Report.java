package com.storefront.qa.chaos;

import java.util.ArrayList;
import java.util.List;

/** The chaos run's table, in Markdown so it can go into docs/reliability.md as printed. */
final class Report {
  private Report() {}

  static String table(Verdict v, ChaosOptions o) {
    List<String> rows = new ArrayList<>();
    rows.add("| what | value |");
    rows.add("|---|---|");
    rows.add(row("seed", o.seed()));
    rows.add(
        row(
            "offering",
            "%.1f min at %.0f records/s".formatted(v.offeringMillis() / 60000.0, o.rate())));
    int total = v.faults().values().stream().mapToInt(Integer::intValue).sum();
    rows.add(row("faults injected", total));
    v.faults().forEach((kind, n) -> rows.add(row("&nbsp;&nbsp;" + kind.name().toLowerCase(), n)));
    rows.add(row("valid questions offered", v.offered()));
    rows.add(row("duplicates offered", v.duplicatesOffered()));
    rows.add(row("malformed offered", v.malformedOffered()));
    rows.add(row("sends the producer gave up on", v.sendFailures()));
    rows.add(row("answered (revision 1)", v.answered()));
    rows.add(row("**lost**", v.lost().size()));
    rows.add(row("**duplicated**", v.duplicated().size()));
    rows.add(row("malformed answered", v.malformedAnswered().size()));
    rows.add(row("malformed missing from the DLQ", v.malformedNotInDlq().size()));
    Verdict.AuditCounts a = v.audit();
    rows.add(row("audit question rows / valid questions", a.questionRows() + " / " + v.offered()));
    rows.add(row("audit answer rows / answer events", a.answerRows() + " / " + a.answerEvents()));
    rows.add(row("audit DLQ rows / DLQ records", a.dlqRows() + " / " + a.dlqEvents()));
    v.lag()
        .forEach(
            (group, lag) ->
                rows.add(
                    row(
                        "lag of " + group + " after quiet (unprocessed / raw)",
                        lag.unprocessed() + " / " + lag.raw())));
    rows.add(
        row("longest time without answers", "%.1f s".formatted(v.longestSilenceMillis() / 1000.0)));
    Verdict.Latency l = v.outsideFaults();
    rows.add(
        row(
            "latency outside fault windows (n=" + l.count() + ")",
            "p50 %d ms, p99 %d ms".formatted(l.p50(), l.p99())));
    return String.join("\n", rows);
  }

  private static String row(String what, Object value) {
    return "| " + what + " | " + value + " |";
  }
}
