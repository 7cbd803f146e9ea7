package com.storefront.qa.llm.api;

/**
 * Describes a loaded model.
 *
 * @param name model directory name (or {@code _name_or_path})
 * @param revision content fingerprint of the checkpoint (config + index + shard sizes)
 * @param modelType config.json {@code model_type}: exaone, llama, qwen2
 * @param parameterCount number of weights loaded
 * @param device "cpu" or "gpu"
 * @param dtype compute dtype, "fp32" or "fp16"
 */
public record ModelInfo(
    String name,
    String revision,
    String modelType,
    long parameterCount,
    String device,
    String dtype) {}
