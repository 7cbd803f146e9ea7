package com.storefront.qa.llm.cli;

import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.sampling.Sampler;
import java.util.BitSet;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Microseconds per {@link Sampler#choose} call on one random logits row: the sampler runs on the
 * scheduler thread once per sequence per step, so at batch 16 its cost is paid 16 times per step.
 */
final class SamplerBench {
  private SamplerBench() {}

  static void run(Args a) {
    int vocab = a.getInt("vocab", 102_400);
    int iterations = a.getInt("iterations", 300);
    SplittableRandom r = new SplittableRandom(7);
    float[] logits = new float[vocab];
    for (int i = 0; i < vocab; i++) {
      logits[i] = (float) (r.nextGaussian() * 3);
    }
    BitSet seen = new BitSet();
    for (int i = 0; i < 300; i++) {
      seen.set(r.nextInt(vocab)); // a prompt and reply's worth of penalised tokens
    }
    List<String> names = List.of("greedy", "top-k 50, top-p 0.9", "top-p 0.9, min-p 0.05");
    List<DecodingParams> params =
        List.of(
            new DecodingParams(false, 1.0, 0, 1.0, 0.0, 1.1, 1, List.of()),
            new DecodingParams(true, 0.7, 50, 0.9, 0.0, 1.1, 1, List.of()),
            new DecodingParams(true, 0.7, 0, 0.9, 0.05, 1.1, 1, List.of()));
    System.out.printf(
        "vocab %d, %d iterations, repetition penalty 1.1 over 300 tokens%n", vocab, iterations);
    for (int i = 0; i < params.size(); i++) {
      time(logits, params.get(i), seen, iterations); // warm-up: JIT
      System.out.printf(
          "%-24s %8.1f us per choice%n",
          names.get(i), time(logits, params.get(i), seen, iterations));
    }
  }

  private static double time(float[] logits, DecodingParams p, BitSet seen, int iterations) {
    SplittableRandom rng = new SplittableRandom(1);
    long sink = 0;
    long t0 = System.nanoTime();
    for (int i = 0; i < iterations; i++) {
      sink += Sampler.choose(logits, p, seen, rng).token();
    }
    double us = (System.nanoTime() - t0) / 1e3 / iterations;
    return sink == Long.MIN_VALUE ? -1 : us; // keeps the calls from being optimised away
  }
}
