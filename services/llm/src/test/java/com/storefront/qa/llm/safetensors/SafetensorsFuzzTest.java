package com.storefront.qa.llm.safetensors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Arbitrary bytes and mangled headers either open cleanly or fail with an IOException. Seeded: a
 * failure names its case number, and the same seed regenerates it.
 */
class SafetensorsFuzzTest {
  private static final long SEED = 20261202L;
  private static final int TRIES = 300;

  @Test
  void randomBytesNeverCrash() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED);
    for (int i = 0; i < TRIES; i++) {
      byte[] bytes = new byte[random.nextInt(201)];
      random.nextBytes(bytes);
      if (random.nextBoolean() && bytes.length >= 8) {
        ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, bytes.length - 8);
      }
      check(bytes, i);
    }
  }

  @Test
  void mangledHeadersNeverCrash() throws Exception {
    SplittableRandom random = new SplittableRandom(SEED + 1);
    for (int i = 0; i < TRIES; i++) {
      check(
          mangledHeader(
              random.nextInt(-5, 41),
              random.nextInt(-5, 41),
              random.nextInt(-1, 7),
              random.nextInt(5)),
          i);
    }
  }

  /** A one-tensor file whose header carries the given offsets, first dimension and dtype. */
  private static byte[] mangledHeader(int b, int e, int d0, int dt) {
    String[] types = {"F32", "F16", "BF16", "U8", "\"x"};
    String json =
        "{\"t\":{\"dtype\":\""
            + types[dt]
            + "\",\"shape\":["
            + d0
            + ",2],\"data_offsets\":["
            + b
            + ","
            + e
            + "]}}";
    byte[] h = json.getBytes(StandardCharsets.UTF_8);
    ByteBuffer buf = ByteBuffer.allocate(8 + h.length + 24).order(ByteOrder.LITTLE_ENDIAN);
    buf.putLong(h.length).put(h);
    return buf.array();
  }

  private static void check(byte[] bytes, int caseNumber) throws Exception {
    Path f = Files.createTempFile("fuzz", ".safetensors");
    try {
      Files.write(f, bytes);
      try (SafetensorsFile sf = SafetensorsFile.open(f)) {
        for (TensorInfo t : sf.tensors().values()) {
          sf.readAll(t.name()); // whatever opened must be readable within its bounds
        }
      } catch (IOException expected) {
        // clear rejection is the required behaviour
      } catch (RuntimeException e) {
        throw new AssertionError("case " + caseNumber + " (seed " + SEED + ") crashed", e);
      }
    } finally {
      Files.delete(f);
    }
  }
}
