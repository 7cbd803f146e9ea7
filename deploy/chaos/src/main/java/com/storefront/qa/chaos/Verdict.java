package com.storefront.qa.chaos;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a chaos run proved: the counts the table prints, and the list of broken promises (empty when
 * nothing was lost or answered twice, every malformed record is in the DLQ with its reason, the
 * audit holds one row per event and every consumer caught up).
 */
record Verdict(
    Map<Fault.Kind, Integer> faults,
    int offered,
    long duplicatesOffered,
    int malformedOffered,
    long sendFailures,
    int answered,
    List<String> lost,
    List<String> duplicated,
    List<String> malformedAnswered,
    List<String> malformedNotInDlq,
    AuditCounts audit,
    Map<String, Lag.Group> lag,
    long longestSilenceMillis,
    Latency outsideFaults,
    long offeringMillis) {

  /** What the audit database holds for this run, against what the topics carried. */
  record AuditCounts(
      long questionRows, long answerRows, long answerEvents, long dlqRows, long dlqEvents) {
    boolean consistent(int offered) {
      return questionRows == offered && answerRows == answerEvents && dlqRows == dlqEvents;
    }
  }

  /** Offer-to-first-answer latency of the questions that met no fault. */
  record Latency(int count, long p50, long p99) {}

  static Verdict judge(
      Ledger ledger,
      List<Fault> faultList,
      AuditCounts audit,
      Map<String, Lag.Group> lag,
      long offerStart,
      long offerEnd) {
    Map<Fault.Kind, Integer> faults = new TreeMap<>();
    faultList.forEach(f -> faults.merge(f.kind(), 1, Integer::sum));
    List<String> lost = new ArrayList<>();
    List<String> duplicated = new ArrayList<>();
    int answered = 0;
    for (String id : ledger.offered.keySet()) {
      List<Integer> revs = ledger.revisions.getOrDefault(id, List.of());
      long ones = revs.stream().filter(r -> r == 1).count();
      if (ones == 0) {
        lost.add(id);
      } else {
        answered++;
      }
      if (ones > 1 || new HashSet<>(revs).size() != revs.size()) {
        duplicated.add(id + " " + revs);
      }
    }
    List<String> malformedAnswered = new ArrayList<>();
    for (String key : ledger.revisions.keySet()) {
      if (!ledger.offered.containsKey(key)) {
        malformedAnswered.add(key);
      }
    }
    List<String> notInDlq = new ArrayList<>();
    ledger.malformed.forEach(
        (key, kind) -> {
          String reason = ledger.dlq.get(key);
          if (reason == null || reason.isBlank()) {
            notInDlq.add(key + " (" + kind + ")");
          }
        });
    return new Verdict(
        faults,
        ledger.offered.size(),
        ledger.duplicates.get(),
        ledger.malformed.size(),
        ledger.sendFailures.get(),
        answered,
        sorted(lost),
        sorted(duplicated),
        sorted(malformedAnswered),
        sorted(notInDlq),
        audit,
        lag,
        longestSilence(ledger.answerTimes(), offerStart, offerEnd),
        latency(ledger, faultList),
        offerEnd - offerStart);
  }

  /** Every broken promise, one line each; empty when the run passed. */
  List<String> failures() {
    List<String> f = new ArrayList<>();
    if (!lost.isEmpty()) f.add(lost.size() + " questions never answered: " + head(lost));
    if (!duplicated.isEmpty()) f.add(duplicated.size() + " answered twice: " + head(duplicated));
    if (!malformedAnswered.isEmpty()) f.add("answers for unknown ids: " + head(malformedAnswered));
    if (!malformedNotInDlq.isEmpty())
      f.add("malformed, not in the DLQ: " + head(malformedNotInDlq));
    if (!audit.consistent(offered)) f.add("audit rows do not match the events: " + audit);
    if (!Lag.drained(lag)) f.add("a consumer group did not catch up: " + lag);
    return f;
  }

  private static long longestSilence(List<Long> times, long start, long end) {
    List<Long> in =
        new ArrayList<>(times.stream().filter(t -> t >= start && t <= end).sorted().toList());
    long last = start;
    long longest = 0;
    for (long t : in) {
      longest = Math.max(longest, t - last);
      last = t;
    }
    return Math.max(longest, end - last);
  }

  private static Latency latency(Ledger ledger, List<Fault> faults) {
    List<Long> l = new ArrayList<>();
    ledger.offered.forEach(
        (id, at) -> {
          Long answeredAt = ledger.firstAnswer.get(id);
          // A question that met a fault, or that was offered within 20 s after one, is in a window.
          if (answeredAt != null
              && faults.stream().noneMatch(f -> f.covers(at, 20_000) || f.covers(answeredAt, 0))) {
            l.add(answeredAt - at);
          }
        });
    l.sort(null);
    if (l.isEmpty()) {
      return new Latency(0, -1, -1);
    }
    return new Latency(
        l.size(), l.get((l.size() - 1) / 2), l.get((int) Math.ceil(l.size() * 0.99) - 1));
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }

  private static String head(List<String> l) {
    return String.join(", ", l.subList(0, Math.min(5, l.size()))) + (l.size() > 5 ? ", ..." : "");
  }
}
