package com.storefront.qa.contracts.testing;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;

/**
 * Seeded generators of hostile input for the parsers' fuzz tests: random bytes, random text (CJK,
 * control characters and lone surrogates included) and valid records edited at random (a byte
 * flipped, cut short, text spliced in). A failing case is reproduced by its seed, which the tests
 * print in their assertion messages. Shared through the contracts test-jar.
 */
public final class Fuzz {
  private final Random random;

  /** A generator whose every output follows from {@code seed}. */
  public Fuzz(long seed) {
    this.random = new Random(seed);
  }

  /** An int in {@code [0, bound)}. */
  public int below(int bound) {
    return random.nextInt(bound);
  }

  /** Random bytes, up to {@code maxLength} of them. */
  public byte[] bytes(int maxLength) {
    byte[] b = new byte[random.nextInt(maxLength + 1)];
    random.nextBytes(b);
    return b;
  }

  /** Random text up to {@code maxChars}: ASCII, Hangul, kana, Han, controls, lone surrogates. */
  public String text(int maxChars) {
    StringBuilder s = new StringBuilder();
    int n = random.nextInt(maxChars + 1);
    for (int i = 0; i < n; i++) {
      s.append(
          switch (random.nextInt(7)) {
            case 0, 1 -> (char) (0x20 + random.nextInt(0x5f));
            case 2 -> (char) (0xAC00 + random.nextInt(11172));
            case 3 -> (char) (0x3041 + random.nextInt(0x5f));
            case 4 -> (char) (0x4E00 + random.nextInt(0x5000));
            case 5 -> (char) random.nextInt(0x20);
            default -> (char) (0xD800 + random.nextInt(0x800));
          });
    }
    return s.toString();
  }

  /** {@code valid} with one random edit: a byte replaced, the tail cut off, or text spliced in. */
  public byte[] edit(byte[] valid) {
    if (valid.length == 0) {
      return text(40).getBytes(StandardCharsets.UTF_8);
    }
    int at = random.nextInt(valid.length);
    return switch (random.nextInt(3)) {
      case 0 -> {
        byte[] copy = valid.clone();
        copy[at] = (byte) random.nextInt(256);
        yield copy;
      }
      case 1 -> Arrays.copyOf(valid, at);
      default -> {
        byte[] insert = text(40).getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[valid.length + insert.length];
        System.arraycopy(valid, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(valid, at, out, at + insert.length, valid.length - at);
        yield out;
      }
    };
  }
}
