package com.storefront.qa.llm.config;

/**
 * Llama-3 style RoPE frequency scaling ({@code rope_scaling.rope_type = llama3}).
 *
 * @param factor how much the context was stretched
 * @param lowFreqFactor wavelengths longer than original/lowFreqFactor are fully scaled
 * @param highFreqFactor wavelengths shorter than original/highFreqFactor are untouched
 * @param originalMaxPositions the pre-training context length
 */
public record RopeScaling(
    double factor, double lowFreqFactor, double highFreqFactor, int originalMaxPositions) {

  /** Applies the llama3 rule (as in HF {@code _compute_llama3_parameters}) to one frequency. */
  public double scale(double invFreq) {
    double lowFreqWavelen = originalMaxPositions / lowFreqFactor;
    double highFreqWavelen = originalMaxPositions / highFreqFactor;
    double wavelen = 2 * Math.PI / invFreq;
    if (wavelen < highFreqWavelen) {
      return invFreq;
    }
    if (wavelen > lowFreqWavelen) {
      return invFreq / factor;
    }
    double smooth =
        (originalMaxPositions / wavelen - lowFreqFactor) / (highFreqFactor - lowFreqFactor);
    return (1 - smooth) * invFreq / factor + smooth * invFreq;
  }
}
