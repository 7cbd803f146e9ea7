package com.storefront.qa.llm.arch;

import ai.djl.ndarray.NDArray;
import java.util.List;

/**
 * All weights of a model in the common layout.
 *
 * @param embedding [vocab, hidden]
 * @param layers decoder blocks
 * @param finalNorm RMSNorm weight [hidden], fp32
 * @param lmHead [vocab, hidden]; the same array as {@code embedding} when tied
 * @param parameterCount number of weights read from the checkpoint
 */
public record ModelWeights(
    NDArray embedding,
    List<LayerWeights> layers,
    NDArray finalNorm,
    NDArray lmHead,
    long parameterCount) {}
