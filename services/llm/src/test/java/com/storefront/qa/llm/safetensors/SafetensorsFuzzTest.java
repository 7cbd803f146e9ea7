package com.storefront.qa.llm.safetensors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Arbitrary bytes and mangled headers either open cleanly or fail with an IOException. */
class SafetensorsFuzzTest {

  @Property(tries = 300)
  void randomBytesNeverCrash(@ForAll @Size(max = 200) byte[] bytes, @ForAll boolean validLength)
      throws Exception {
    if (validLength && bytes.length >= 8) {
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).putLong(0, bytes.length - 8);
    }
    check(bytes);
  }

  @Property(tries = 300)
  void mangledHeadersNeverCrash(
      @ForAll @IntRange(min = -5, max = 40) int b,
      @ForAll @IntRange(min = -5, max = 40) int e,
      @ForAll @IntRange(min = -1, max = 6) int d0,
      @ForAll @IntRange(min = 0, max = 4) int dt)
      throws Exception {
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
    check(buf.array());
  }

  private static void check(byte[] bytes) throws Exception {
    Path f = Files.createTempFile("fuzz", ".safetensors");
    try {
      Files.write(f, bytes);
      try (SafetensorsFile sf = SafetensorsFile.open(f)) {
        for (TensorInfo t : sf.tensors().values()) {
          sf.readAll(t.name()); // whatever opened must be readable within its bounds
        }
      } catch (IOException expected) {
        // clear rejection is the required behaviour
      }
    } finally {
      Files.delete(f);
    }
  }
}
