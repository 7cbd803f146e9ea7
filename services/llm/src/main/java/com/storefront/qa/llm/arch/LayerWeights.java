package com.storefront.qa.llm.arch;

import ai.djl.ndarray.NDArray;

/**
 * One decoder block in the engine's common layout. q/k/v and gate/up are fused at load time so a
 * block costs two big matmuls instead of five small ones (each DJL op has ~2 µs of JNI overhead).
 *
 * @param attnNorm RMSNorm weight [hidden], fp32
 * @param qkv fused [q; k; v] projection [(heads + 2 kvHeads) * headDim, hidden]
 * @param qkvBias fused bias or null
 * @param o output projection [hidden, heads * headDim]
 * @param mlpNorm RMSNorm weight [hidden], fp32
 * @param gateUp fused [gate; up] projection [2 * intermediate, hidden]
 * @param down [hidden, intermediate]
 */
public record LayerWeights(
    NDArray attnNorm,
    Weight qkv,
    NDArray qkvBias,
    Weight o,
    NDArray mlpNorm,
    Weight gateUp,
    Weight down) {}
