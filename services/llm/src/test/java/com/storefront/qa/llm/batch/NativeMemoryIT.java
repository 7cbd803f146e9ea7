package com.storefront.qa.llm.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.qa.llm.api.Completion;
import com.storefront.qa.llm.api.DecodingParams;
import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.api.GenerationSpec;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 1,000 generations leave native memory (RSS) and the model's NDArray count at baseline. */
class NativeMemoryIT {
  @TempDir Path tmp;

  @Test
  void nativeMemoryReturnsToBaselineAfter1000Generations() throws Exception {
    TinyCheckpoint.write(tmp, TinyCheckpoint.Spec.small("llama"));
    try (BatchingGenerator g = BatchingGenerator.load(tmp, EngineOptions.defaults(), s -> {})) {
      run(g, 0, 100); // warm-up: allocator pools, cache growth, JIT
      System.gc();
      long baseline = rssKb();
      int arrays = g.model().manager().getManagedArrays().size();
      run(g, 100, 1000);
      System.gc();
      long after = rssKb();
      System.out.printf("RSS baseline %d kB, after 1000 generations %d kB%n", baseline, after);
      assertEquals(arrays, g.model().manager().getManagedArrays().size(), "leaked NDArrays");
      assertTrue(after - baseline < 40_000, "RSS grew by " + (after - baseline) + " kB");
    }
  }

  private static void run(BatchingGenerator g, int from, int to) throws Exception {
    List<CompletableFuture<Completion>> fs = new ArrayList<>();
    for (int i = from; i < to; i++) {
      DecodingParams p =
          new DecodingParams(i % 2 == 0, 0.9, 20, 0.9, 0.0, 1.1, 4 + i % 9, List.of("zz"));
      fs.add(g.submit(new GenerationSpec("m" + i, "sys", "question " + i + " 배송", p, i, null)));
    }
    for (var f : fs) {
      assertTrue(f.get().completionTokens() >= 1);
    }
  }

  private static long rssKb() throws Exception {
    for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    throw new IllegalStateException("no VmRSS");
  }
}
