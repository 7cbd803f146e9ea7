package com.storefront.qa.llm.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;

/**
 * The fast processors against the sort-based {@link ReferenceProcessors} on random rows. Logits
 * come from a small set of values, so rows are full of ties (where top-k and top-p must keep the
 * same tokens as a stable sort would), and some are already filtered ({@code -Infinity}).
 */
class ProcessorsMatchReferenceTest {

  @Property(tries = 300)
  void topKMatches(
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = -9, max = 8) Integer> codes,
      @ForAll @IntRange(min = 0, max = 420) int k) {
    float[] row = row(codes);
    assertArrayEquals(ReferenceProcessors.topK(row, k), LogitsProcessors.topK(row, k));
  }

  @Property(tries = 300)
  void topPMatches(
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = -9, max = 8) Integer> codes,
      @ForAll @DoubleRange(min = 0.01, max = 1.0) @Scale(6) double topP) {
    float[] row = row(codes);
    assertArrayEquals(ReferenceProcessors.topP(row, topP), LogitsProcessors.topP(row, topP));
  }

  @Property(tries = 300)
  void minPMatches(
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = -9, max = 8) Integer> codes,
      @ForAll @DoubleRange(min = 0.0, max = 1.0) @Scale(6) double minP) {
    float[] row = row(codes);
    assertArrayEquals(ReferenceProcessors.minP(row, minP), LogitsProcessors.minP(row, minP));
  }

  @Property(tries = 300)
  void softmaxAndLogSoftmaxMatch(
      @ForAll @Size(min = 1, max = 400) List<@IntRange(min = -9, max = 8) Integer> codes) {
    float[] row = row(codes);
    assertArrayEquals(ReferenceProcessors.softmax(row), LogitsProcessors.softmax(row), 1e-12);
    int t = LogitsProcessors.argmax(row);
    assertEquals(
        ReferenceProcessors.logSoftmax(row, t), LogitsProcessors.logSoftmax(row, t), 1e-12);
  }

  /** Code -9 is an already-filtered token; the rest are logits in steps of 0.75. */
  private static float[] row(List<Integer> codes) {
    float[] row = new float[codes.size()];
    for (int i = 0; i < row.length; i++) {
      int c = codes.get(i);
      row[i] = c == -9 ? Float.NEGATIVE_INFINITY : c * 0.75f;
    }
    if (row[LogitsProcessors.argmax(row)] == Float.NEGATIVE_INFINITY) {
      row[0] = 0f; // HF never sees a row with every token filtered
    }
    return row;
  }
}
