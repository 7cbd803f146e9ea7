package com.storefront.qa.llm.arch;

import ai.djl.ndarray.NDArray;
import com.storefront.qa.llm.quant.Int8Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * All weights of a model in the common layout.
 *
 * @param embedding [vocab, hidden]
 * @param layers decoder blocks
 * @param finalNorm RMSNorm weight [hidden], fp32
 * @param lmHead [vocab, hidden]; the same object as {@code embedding} when tied
 * @param parameterCount number of weights read from the checkpoint
 */
public record ModelWeights(
    Weight embedding,
    List<LayerWeights> layers,
    NDArray finalNorm,
    Weight lmHead,
    long parameterCount) {

  /** Whether the matrices are held in 8 bits. */
  public boolean quantised() {
    return embedding instanceof Int8Matrix;
  }

  /** Bytes of weights held: each distinct matrix and vector once (a tied head counts once). */
  public long bytesHeld() {
    Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Object> all = new ArrayList<>(List.of(embedding, finalNorm, lmHead));
    for (LayerWeights l : layers) {
      all.addAll(
          Arrays.asList(
              l.attnNorm(), l.qkv(), l.qkvBias(), l.o(), l.mlpNorm(), l.gateUp(), l.down()));
    }
    long sum = 0;
    for (Object o : all) {
      if (o != null && seen.add(o)) {
        sum += o instanceof Weight w ? w.bytesHeld() : vectorBytes((NDArray) o);
      }
    }
    return sum;
  }

  private static long vectorBytes(NDArray a) {
    return a.getShape().size() * a.getDataType().getNumOfBytes();
  }
}
