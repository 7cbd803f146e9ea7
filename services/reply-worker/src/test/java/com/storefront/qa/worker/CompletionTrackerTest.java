package com.storefront.qa.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;

class CompletionTrackerTest {
  private static final TopicPartition P0 = new TopicPartition("t", 0);
  private static final TopicPartition P1 = new TopicPartition("t", 1);

  @Test
  void holdsLaterResultsUntilEveryEarlierOffsetIsDone() {
    CompletionTracker<String> t = new CompletionTracker<>();
    long e = t.register(P0, 10);
    t.register(P0, 11);
    t.register(P0, 12);

    assertThat(t.complete(P0, 12, e, "c")).isTrue();
    assertThat(t.complete(P0, 11, e, "b")).isTrue();
    assertThat(t.hasReady()).isFalse();
    assertThat(t.drainReady().isEmpty()).isTrue();

    t.complete(P0, 10, e, "a");
    CompletionTracker.Ready<String> r = t.drainReady();
    assertThat(r.results()).containsExactly("a", "b", "c");
    assertThat(r.offsets()).containsExactly(Map.entry(P0, new OffsetAndMetadata(13)));
    assertThat(t.pending()).isZero();
  }

  @Test
  void commitsOnlyTheFinishedPrefixAndSkipsOffsetGaps() {
    CompletionTracker<String> t = new CompletionTracker<>();
    // gaps: transaction markers occupy offsets too
    long e = t.register(P0, 3);
    t.register(P0, 5);
    t.register(P0, 9);
    t.complete(P0, 3, e, "a");
    t.complete(P0, 9, e, "c");

    CompletionTracker.Ready<String> r = t.drainReady();
    assertThat(r.results()).containsExactly("a");
    assertThat(r.offsets().get(P0).offset()).isEqualTo(4);
    assertThat(t.pending(P0)).isEqualTo(2);

    t.complete(P0, 5, e, "b");
    r = t.drainReady();
    assertThat(r.results()).containsExactly("b", "c");
    assertThat(r.offsets().get(P0).offset()).isEqualTo(10);
  }

  @Test
  void partitionsAreIndependent() {
    CompletionTracker<String> t = new CompletionTracker<>();
    long e0 = t.register(P0, 0);
    long e1 = t.register(P1, 0);
    t.register(P1, 1);
    t.complete(P1, 1, e1, "p1-1");
    t.complete(P0, 0, e0, "p0-0");

    CompletionTracker.Ready<String> r = t.drainReady();
    assertThat(r.results()).containsExactly("p0-0");
    assertThat(r.offsets()).containsOnlyKeys(P0);

    t.complete(P1, 0, e1, "p1-0");
    r = t.drainReady();
    assertThat(r.results()).containsExactly("p1-0", "p1-1");
    assertThat(r.offsets().get(P1).offset()).isEqualTo(2);
  }

  @Test
  void nullResultAdvancesTheOffsetWithoutOutput() {
    CompletionTracker<String> t = new CompletionTracker<>();
    long e = t.register(P0, 0);
    t.register(P0, 1);
    t.complete(P0, 0, e, null);
    t.complete(P0, 1, e, "b");
    CompletionTracker.Ready<String> r = t.drainReady();
    assertThat(r.results()).containsExactly("b");
    assertThat(r.offsets().get(P0).offset()).isEqualTo(2);
  }

  @Test
  void completionsFromBeforeARevocationAreStale() {
    CompletionTracker<String> t = new CompletionTracker<>();
    long old = t.register(P0, 0);
    t.revoke(List.of(P0));
    assertThat(t.pending()).isZero();
    assertThat(t.complete(P0, 0, old, "late")).isFalse();

    // the partition comes back and the same offset is redelivered
    long fresh = t.register(P0, 0);
    assertThat(fresh).isNotEqualTo(old);
    assertThat(t.complete(P0, 0, old, "late")).isFalse();
    assertThat(t.complete(P0, 0, fresh, "new")).isTrue();
    assertThat(t.drainReady().results()).containsExactly("new");
  }

  @Test
  void resetForgetsEverything() {
    CompletionTracker<String> t = new CompletionTracker<>();
    long e = t.register(P0, 0);
    t.register(P1, 7);
    t.reset();
    assertThat(t.pending()).isZero();
    assertThat(t.complete(P0, 0, e, "x")).isFalse();
    assertThat(t.drainReady().isEmpty()).isTrue();
    t.register(P0, 0); // seeking back after a reset is allowed
  }

  @Test
  void duplicateCompletionIsIgnored() {
    CompletionTracker<String> t = new CompletionTracker<>();
    long e = t.register(P0, 0);
    assertThat(t.complete(P0, 0, e, "a")).isTrue();
    assertThat(t.complete(P0, 0, e, "again")).isFalse();
    assertThat(t.drainReady().results()).containsExactly("a");
  }

  @Test
  void rejectsOffsetsGoingBackwardsWithoutAReset() {
    CompletionTracker<String> t = new CompletionTracker<>();
    t.register(P0, 5);
    assertThatThrownBy(() -> t.register(P0, 5)).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> t.register(P0, 4)).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void commitsThePositionPastTheMarkersOnlyWhenEverythingIsDone() {
    CompletionTracker<String> t = new CompletionTracker<>();
    // records 0..2 of a transaction, its commit marker at 3: the consumer's position is 4
    long e = t.register(P0, 0);
    t.register(P0, 1);
    t.register(P0, 2);
    t.fetched(P0, 4);
    t.complete(P0, 0, e, "a");
    t.complete(P0, 2, e, "c");

    CompletionTracker.Ready<String> r = t.drainReady();
    assertThat(r.offsets().get(P0).offset()).as("1 unfinished: the prefix only").isEqualTo(1);

    t.complete(P0, 1, e, "b");
    r = t.drainReady();
    assertThat(r.results()).containsExactly("b", "c");
    assertThat(r.offsets().get(P0).offset()).as("all done: the position").isEqualTo(4);
    assertThat(t.hasReady()).isFalse();
  }

  @Test
  void aPositionThatMovesPastAMarkerAloneIsReadyWithNoResults() {
    CompletionTracker<String> t = new CompletionTracker<>();
    long e = t.register(P0, 7);
    t.fetched(P0, 8);
    t.complete(P0, 7, e, "a");
    assertThat(t.drainReady().offsets().get(P0).offset()).isEqualTo(8);

    // the next poll returned nothing, but the consumer skipped the marker at 8
    t.fetched(P0, 9);
    assertThat(t.hasReady()).isTrue();
    CompletionTracker.Ready<String> r = t.drainReady();
    assertThat(r.results()).isEmpty();
    assertThat(r.offsets()).containsExactly(Map.entry(P0, new OffsetAndMetadata(9)));
    assertThat(t.hasReady()).isFalse();
    assertThat(t.drainReady().isEmpty()).as("nothing moved: nothing to commit").isTrue();
  }

  @Test
  void positionsOfUntrackedOrResetPartitionsAreIgnored() {
    CompletionTracker<String> t = new CompletionTracker<>();
    t.fetched(P1, 50);
    assertThat(t.hasReady()).isFalse();
    assertThat(t.tracked()).isEmpty();

    long e = t.register(P0, 3);
    t.fetched(P0, 10);
    t.reset();
    long e2 = t.register(P0, 3);
    assertThat(e2).isNotEqualTo(e);
    t.complete(P0, 3, e2, "a");
    assertThat(t.drainReady().offsets().get(P0).offset())
        .as("the position from before the reset is forgotten")
        .isEqualTo(4);
  }

  /**
   * Random interleavings: whatever the completion order and drain points, every result comes out
   * exactly once, in offset order per partition, and a committed offset never passes an unfinished
   * one.
   */
  @Test
  void randomCompletionOrdersNeverCommitPastUnfinishedWork() {
    Random rnd = new Random(7);
    for (int round = 0; round < 200; round++) {
      CompletionTracker<String> t = new CompletionTracker<>();
      List<TopicPartition> tps = List.of(P0, P1, new TopicPartition("t", 2));
      List<String[]> work = new ArrayList<>(); // tp index, offset
      Map<TopicPartition, Long> next = new HashMap<>();
      Map<TopicPartition, Long> epochs = new HashMap<>();
      int n = 1 + rnd.nextInt(40);
      for (int i = 0; i < n; i++) {
        TopicPartition tp = tps.get(rnd.nextInt(tps.size()));
        long off = next.merge(tp, 1L + rnd.nextInt(3), Long::sum);
        epochs.put(tp, t.register(tp, off));
        work.add(new String[] {tp.toString(), Long.toString(off)});
      }
      Collections.shuffle(work, rnd);
      Map<String, TopicPartition> byName = new HashMap<>();
      tps.forEach(tp -> byName.put(tp.toString(), tp));
      Map<TopicPartition, List<Long>> done = new HashMap<>();
      Map<TopicPartition, Long> committed = new HashMap<>();
      List<String> out = new ArrayList<>();
      for (String[] w : work) {
        TopicPartition tp = byName.get(w[0]);
        long off = Long.parseLong(w[1]);
        t.complete(tp, off, epochs.get(tp), tp + "@" + off);
        done.computeIfAbsent(tp, k -> new ArrayList<>()).add(off);
        if (rnd.nextInt(3) == 0) {
          drainInto(t, committed, out, done);
        }
      }
      drainInto(t, committed, out, done);
      assertThat(out).hasSize(n).doesNotHaveDuplicates();
      assertThat(t.pending()).isZero();
    }
  }

  @Test
  void randomPositionsNeverCommitPastAnUnfinishedOffset() {
    Random rnd = new Random(11);
    for (int round = 0; round < 300; round++) {
      CompletionTracker<String> t = new CompletionTracker<>();
      List<Long> registered = new ArrayList<>();
      List<Long> finished = new ArrayList<>();
      long epoch = 0;
      long next = 0;
      long committed = -1;
      for (int step = 0; step < 60; step++) {
        int action = rnd.nextInt(4);
        if (action == 0) { // a poll: a few records, then markers, then the position
          for (int i = rnd.nextInt(4); i > 0; i--) {
            epoch = t.register(P0, next);
            registered.add(next);
            next += 1 + rnd.nextInt(2); // gaps: markers, aborted records
          }
          next += rnd.nextInt(2);
          t.fetched(P0, next);
        } else if (action == 1) {
          List<Long> open = new ArrayList<>(registered);
          open.removeAll(finished);
          if (!open.isEmpty()) {
            long off = open.get(rnd.nextInt(open.size()));
            t.complete(P0, off, epoch, "r" + off);
            finished.add(off);
          }
        } else {
          OffsetAndMetadata o = t.drainReady().offsets().get(P0);
          if (o != null) {
            assertThat(o.offset()).isGreaterThan(committed).isLessThanOrEqualTo(next);
            for (long r : registered) {
              if (r < o.offset()) {
                assertThat(finished).as("offset %d committed past", r).contains(r);
              }
            }
            committed = o.offset();
          }
        }
      }
    }
  }

  private static void drainInto(
      CompletionTracker<String> t,
      Map<TopicPartition, Long> committed,
      List<String> out,
      Map<TopicPartition, List<Long>> done) {
    CompletionTracker.Ready<String> r = t.drainReady();
    for (var e : r.offsets().entrySet()) {
      long commit = e.getValue().offset();
      // every offset below the commit point that was registered must be finished
      assertThat(committed.getOrDefault(e.getKey(), -1L)).isLessThan(commit);
      committed.put(e.getKey(), commit);
    }
    for (String s : r.results()) {
      TopicPartition tp = new TopicPartition("t", Integer.parseInt(s.substring(2, s.indexOf('@'))));
      long off = Long.parseLong(s.substring(s.indexOf('@') + 1));
      assertThat(done.get(tp)).contains(off);
      assertThat(off).isLessThan(committed.get(tp));
      // results of a partition come out in offset order
      String last = null;
      for (int i = out.size() - 1; i >= 0; i--) {
        if (out.get(i).startsWith(tp + "@")) {
          last = out.get(i);
          break;
        }
      }
      if (last != null) {
        assertThat(Long.parseLong(last.substring(last.indexOf('@') + 1))).isLessThan(off);
      }
      out.add(s);
    }
  }
}
