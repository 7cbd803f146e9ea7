package com.storefront.qa.llm.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The fast processors against the sort-based {@link ReferenceProcessors} on random rows. Logits
 * come from a small set of values, so rows are full of ties (where top-k and top-p must keep the
 * same tokens as a stable sort would), and some are already filtered ({@code -Infinity}). Seeded: a
 * failure names its case, and the same seed regenerates it.
 */
class ProcessorsMatchReferenceTest {
  private static final long SEED = 20261202L;
  private static final int TRIES = 300;

  @Test
  void topKMatches() {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < TRIES; i++) {
      float[] row = row(random);
      int k = i < 2 ? i * 420 : random.nextInt(421); // 0 and past the row first
      assertArrayEquals(
          ReferenceProcessors.topK(row, k), LogitsProcessors.topK(row, k), "case " + i);
    }
  }

  @Test
  void topPMatches() {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int i = 0; i < TRIES; i++) {
      float[] row = row(random);
      double topP = i < 2 ? 1.0 - i * 0.99 : fraction(random, 0.01); // 1.0, 0.01 first
      assertArrayEquals(
          ReferenceProcessors.topP(row, topP), LogitsProcessors.topP(row, topP), "case " + i);
    }
  }

  @Test
  void minPMatches() {
    SplittableRandom random = new SplittableRandom(SEED + 2);
    for (int i = 0; i < TRIES; i++) {
      float[] row = row(random);
      double minP = i < 2 ? i : fraction(random, 0.0); // 0.0, 1.0 first
      assertArrayEquals(
          ReferenceProcessors.minP(row, minP), LogitsProcessors.minP(row, minP), "case " + i);
    }
  }

  @Test
  void softmaxAndLogSoftmaxMatch() {
    SplittableRandom random = new SplittableRandom(SEED + 3);
    for (int i = 0; i < TRIES; i++) {
      float[] row = row(random);
      assertArrayEquals(
          ReferenceProcessors.softmax(row), LogitsProcessors.softmax(row), 1e-12, "case " + i);
      int t = LogitsProcessors.argmax(row);
      assertEquals(
          ReferenceProcessors.logSoftmax(row, t),
          LogitsProcessors.logSoftmax(row, t),
          1e-12,
          "case " + i);
    }
  }

  /** A value in [min, 1] with six decimals, so boundaries such as 0.25 and 1.0 come up. */
  private static double fraction(SplittableRandom random, double min) {
    int steps = 1_000_000;
    int lo = (int) Math.round(min * steps);
    return random.nextInt(lo, steps + 1) / (double) steps;
  }

  /** 1–400 logits; code -9 is an already-filtered token, the rest are logits in steps of 0.75. */
  private static float[] row(SplittableRandom random) {
    float[] row = new float[random.nextInt(1, 401)];
    for (int i = 0; i < row.length; i++) {
      int c = random.nextInt(-9, 9);
      row[i] = c == -9 ? Float.NEGATIVE_INFINITY : c * 0.75f;
    }
    if (row[LogitsProcessors.argmax(row)] == Float.NEGATIVE_INFINITY) {
      row[0] = 0f; // HF never sees a row with every token filtered
    }
    return row;
  }
}
