package com.storefront.qa.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The checks themselves must be able to fail: each broken promise is reported. */
class VerdictTest {
  static final Map<String, Lag.Group> NO_LAG = Map.of("qa-orchestrator", new Lag.Group(1, 0));

  static Verdict.AuditCounts audit(long questions, long answers) {
    return new Verdict.AuditCounts(questions, answers, answers, 0, 0);
  }

  @Test
  void aCleanRunPasses() {
    Ledger l = new Ledger();
    l.offered.put("q1", 1000L);
    l.answer("q1", 1, 1500L);
    Verdict v = Verdict.judge(l, List.of(), audit(1, 1), NO_LAG, 0, 2000);
    assertThat(v.failures()).isEmpty();
    assertThat(v.outsideFaults().p99()).isEqualTo(500);
  }

  @Test
  void reportsLostDuplicatedStrangersAndMissingDlq() {
    Ledger l = new Ledger();
    l.offered.put("lost", 1000L);
    l.offered.put("twice", 1000L);
    l.answer("twice", 1, 1100L);
    l.answer("twice", 1, 1200L);
    l.answer("bad-3", 1, 1300L);
    l.malformed.put("bad-4", Offer.Kind.NOT_JSON);
    Verdict v =
        Verdict.judge(l, List.of(), audit(2, 2), Map.of("qa-audit", new Lag.Group(3, 2)), 0, 2000);
    assertThat(v.lost()).containsExactly("lost");
    assertThat(v.duplicated()).hasSize(1);
    assertThat(v.malformedAnswered()).containsExactly("bad-3");
    assertThat(v.malformedNotInDlq()).hasSize(1);
    assertThat(v.failures()).hasSize(5);
  }

  @Test
  void auditMismatchAndSilenceAreMeasured() {
    Ledger l = new Ledger();
    l.offered.put("q1", 0L);
    l.answer("q1", 1, 9000L);
    Verdict v = Verdict.judge(l, List.of(), audit(0, 1), NO_LAG, 0, 10_000);
    assertThat(v.failures()).anyMatch(f -> f.startsWith("audit rows"));
    assertThat(v.longestSilenceMillis()).isEqualTo(9000);
  }

  @Test
  void questionsNearAFaultAreLeftOutOfTheLatency() {
    Ledger l = new Ledger();
    l.offered.put("calm", 0L);
    l.answer("calm", 1, 100L);
    l.offered.put("stormy", 60_000L);
    l.answer("stormy", 1, 90_000L);
    Fault f = new Fault(Fault.Kind.KILL_BROKER, "broker-1", 59_000L, 70_000L);
    Verdict v = Verdict.judge(l, List.of(f), audit(2, 2), NO_LAG, 0, 100_000);
    assertThat(v.outsideFaults().count()).isEqualTo(1);
    assertThat(v.outsideFaults().p99()).isEqualTo(100);
  }
}
