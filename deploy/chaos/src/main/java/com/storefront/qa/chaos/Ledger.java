package com.storefront.qa.chaos;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the harness offered and what came back, written by the {@link Offerer} and the {@link
 * Watcher} and read by the {@link Verdict}. Times are wall-clock milliseconds of this JVM.
 */
final class Ledger {
  /** Valid questions acknowledged by the broker: questionId → when it was offered. */
  final Map<String, Long> offered = new ConcurrentHashMap<>();

  /** Malformed records acknowledged by the broker: key → kind. */
  final Map<String, Offer.Kind> malformed = new ConcurrentHashMap<>();

  /** Duplicates of valid questions acknowledged by the broker. */
  final AtomicLong duplicates = new AtomicLong();

  /** Sends the producer gave up on (not the pipeline's fault; reported apart). */
  final AtomicLong sendFailures = new AtomicLong();

  /** questionId → every revision seen on the answers topic, in arrival order. */
  final Map<String, List<Integer>> revisions = new ConcurrentHashMap<>();

  /** questionId → when its revision 1 arrived. */
  final Map<String, Long> firstAnswer = new ConcurrentHashMap<>();

  /** Every answer's arrival time, for the longest silence. */
  final List<Long> answerTimes = new ArrayList<>();

  /** Records read from the DLQ (a record seen twice would be counted twice). */
  final AtomicLong dlqRecords = new AtomicLong();

  /** DLQ key → its reason header. */
  final Map<String, String> dlq = new ConcurrentHashMap<>();

  /** Answers for keys the harness never offered as valid (a malformed one answered, say). */
  final Set<String> strangers = ConcurrentHashMap.newKeySet();

  synchronized void answer(String questionId, int revision, long at) {
    revisions.computeIfAbsent(questionId, k -> new ArrayList<>()).add(revision);
    if (revision == 1) {
      firstAnswer.putIfAbsent(questionId, at);
    }
    answerTimes.add(at);
  }

  synchronized List<Long> answerTimes() {
    return List.copyOf(answerTimes);
  }
}
