package com.storefront.qa.chaos;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The seeded order of fault kinds: the kinds are dealt from shuffled decks, so a run with {@code n}
 * faults has every kind about {@code n/7} times and the same seed gives the same run.
 */
final class FaultSchedule {
  private final Random random;
  private final List<Fault.Kind> deck = new ArrayList<>();

  FaultSchedule(long seed) {
    this.random = new Random(seed);
  }

  /** The next kind to inject. */
  Fault.Kind next() {
    if (deck.isEmpty()) {
      deck.addAll(Arrays.asList(Fault.Kind.values()));
      Collections.shuffle(deck, random);
    }
    return deck.removeFirst();
  }

  /** A uniform choice of {@code n} things, from the same seeded stream. */
  int pick(int n) {
    return random.nextInt(n);
  }

  /** Seconds between {@code min} and {@code max}, inclusive. */
  int seconds(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }
}
