package com.storefront.qa.llm.decoder;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.storefront.qa.llm.api.EngineOptions;
import com.storefront.qa.llm.tiny.TinyCheckpoint;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Chunks computed on the helper thread are made outside every {@code NDScope}: each must end up
 * closed by the step that made it. Counted through the model manager's live arrays, which is exact
 * where an RSS band (as in {@code NativeMemoryIT}, whose tiny model is never split) is not.
 */
class SplitLinearMemoryTest {
  @TempDir Path tmp;

  @Test
  void decodeStepsThroughTheSplitLeaveNoArraysBehind() throws Exception {
    long saved = SplitLinear.minElements;
    SplitLinear.minElements = 1; // tiny weights are normally not split: force it
    try {
      TinyCheckpoint.write(tmp, TinyCheckpoint.Spec.small("qwen2")); // with biases: more chunks
      try (LoadedModel m = LoadedModel.load(tmp, EngineOptions.defaults(), s -> {});
          KvCache cache = m.forward().newCache(2)) {
        DecoderForward f = m.forward();
        f.extend(cache, 0, new int[] {5, 6, 7}, 0, false);
        f.extend(cache, 1, new int[] {8, 9}, 0, false);
        // first steps create the per-weight chunk views, which live as long as the model
        f.decode(cache, new int[] {10}, new int[] {3});
        f.decode(cache, new int[] {11, 12}, new int[] {4, 2});
        int baseline = m.manager().getManagedArrays().size();
        for (int i = 0; i < 100; i++) {
          f.decode(cache, new int[] {13}, new int[] {5 + i}); // one row: linear
          f.decode(cache, new int[] {14, 15}, new int[] {6 + i, 3 + i}); // two rows: W·xᵀ
        }
        assertEquals(baseline, m.manager().getManagedArrays().size());
      }
    } finally {
      SplitLinear.minElements = saved;
    }
  }
}
