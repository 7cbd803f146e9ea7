package com.storefront.qa.llm.sampling;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.DecodingParams;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** Hand-computed cases for every processor, plus properties of the sampler. */
class LogitsProcessorsTest {
  private static final float NEG = Float.NEGATIVE_INFINITY;

  @Test
  void repetitionPenaltyMultipliesNegativesAndDividesPositives() {
    BitSet seen = new BitSet();
    seen.set(0);
    seen.set(1);
    float[] out = LogitsProcessors.repetitionPenalty(new float[] {-2f, 3f, 1f}, seen, 2.0);
    assertArrayEquals(new float[] {-4f, 1.5f, 1f}, out);
  }

  @Test
  void temperatureDivides() {
    assertArrayEquals(
        new float[] {1f, -2f}, LogitsProcessors.temperature(new float[] {0.5f, -1f}, 0.5));
  }

  @Test
  void topKKeepsTheKLargestAndTies() {
    assertArrayEquals(
        new float[] {NEG, 3f, 2f, NEG}, LogitsProcessors.topK(new float[] {1f, 3f, 2f, 0f}, 2));
    assertArrayEquals(
        new float[] {2f, 3f, 2f, NEG}, LogitsProcessors.topK(new float[] {2f, 3f, 2f, 0f}, 2));
  }

  @Test
  void topPKeepsExactlyTheNucleus() {
    // probabilities 0.5, 0.25, 0.125, 0.125 (logits are log2 scaled)
    float[] l = {(float) Math.log(4), (float) Math.log(2), 0f, 0f};
    // top_p 0.7: ascending cumsum .125,.25,.5,1 ; remove where cum <= 0.3 -> the two 0.125s
    assertArrayEquals(new float[] {l[0], l[1], NEG, NEG}, LogitsProcessors.topP(l, 0.7));
    // top_p 0.75: 1-p = 0.25, cum .125 and .25 are <= .25 -> same two removed
    assertArrayEquals(new float[] {l[0], l[1], NEG, NEG}, LogitsProcessors.topP(l, 0.75));
    // top_p 0.5: remove cum <= 0.5 -> keeps only the 0.5 token
    assertArrayEquals(new float[] {l[0], NEG, NEG, NEG}, LogitsProcessors.topP(l, 0.5));
    // top_p tiny: the top token is always kept
    assertArrayEquals(new float[] {l[0], NEG, NEG, NEG}, LogitsProcessors.topP(l, 0.01));
    // top_p 0.9: 1-p=0.1, nothing has cum <= 0.1
    assertArrayEquals(l, LogitsProcessors.topP(l, 0.9));
  }

  @Test
  void minPRemovesBelowFractionOfTop() {
    float[] l = {(float) Math.log(4), (float) Math.log(2), 0f, 0f}; // .5 .25 .125 .125
    // threshold 0.49 * 0.5 = 0.245: keeps 0.5 and 0.25, drops the 0.125s
    assertArrayEquals(new float[] {l[0], l[1], NEG, NEG}, LogitsProcessors.minP(l, 0.49));
    // threshold 0.24 * 0.5 = 0.12: keeps everything
    assertArrayEquals(new float[] {l[0], l[1], 0f, 0f}, LogitsProcessors.minP(l, 0.24));
    assertArrayEquals(new float[] {l[0], NEG, NEG, NEG}, LogitsProcessors.minP(l, 0.6));
  }

  @Test
  void greedyTakesArgmaxAfterPenaltyAndReportsLogProb() {
    BitSet seen = new BitSet();
    seen.set(0);
    var c =
        Sampler.choose(
            new float[] {3f, 2f, 0f},
            DecodingParams.greedy(1).withPenalty(2.0),
            seen,
            new SplittableRandom(1));
    assertEquals(1, c.token()); // 3/2 = 1.5 < 2
    double z = Math.exp(1.5) + Math.exp(2) + Math.exp(0);
    assertEquals(2 - Math.log(z), c.logProb(), 1e-6);
  }

  @Test
  void drawFollowsInverseCdf() {
    double[] p = {0.25, 0.0, 0.5, 0.25};
    assertEquals(0, Sampler.draw(p, 0.1));
    assertEquals(2, Sampler.draw(p, 0.25));
    assertEquals(3, Sampler.draw(p, 0.8));
    assertEquals(3, Sampler.draw(p, 0.99999999));
  }

  @Test
  void sameSeedSameChoiceAndChoiceSurvivesFilters() {
    SplittableRandom cases = new SplittableRandom(20261202L);
    for (int i = 0; i < 200; i++) {
      float[] l = new float[cases.nextInt(2, 41)];
      for (int j = 0; j < l.length; j++) {
        l[j] = (float) cases.nextDouble(-20, 20);
      }
      checkChoice(l, cases.nextDouble(0.05, 1.0), cases.nextLong(), i);
    }
  }

  private static void checkChoice(float[] l, double topP, long seed, int caseNumber) {
    DecodingParams p = new DecodingParams(true, 0.8, 5, topP, 0.05, 1.1, 1, List.of());
    BitSet seen = new BitSet();
    seen.set(0);
    var a = Sampler.choose(l, p, seen, new SplittableRandom(seed));
    var b = Sampler.choose(l, p, seen, new SplittableRandom(seed));
    assertEquals(a, b, "case " + caseNumber);
    float[] filtered =
        LogitsProcessors.minP(
            LogitsProcessors.topP(
                LogitsProcessors.topK(
                    LogitsProcessors.temperature(
                        LogitsProcessors.repetitionPenalty(l, seen, 1.1), 0.8),
                    5),
                topP),
            0.05);
    assertTrue(filtered[a.token()] != NEG, "case " + caseNumber + " chose a filtered token");
    assertTrue(a.logProb() <= 0, "case " + caseNumber);
  }
}
