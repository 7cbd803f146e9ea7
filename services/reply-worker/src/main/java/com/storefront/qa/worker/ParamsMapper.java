package com.storefront.qa.worker;

import com.storefront.qa.contracts.event.GenerationParams;
import com.storefront.qa.llm.api.DecodingParams;
import java.util.List;

/**
 * Maps the contract's {@link GenerationParams} onto the engine's {@link DecodingParams}, keeping
 * HuggingFace {@code generate} semantics.
 *
 * <ul>
 *   <li>No params: {@link GenerationParams#defaults()} (greedy, 200 new tokens).
 *   <li>Greedy ({@code doSample=false}): HF ignores temperature, top-k, top-p and min-p, so they
 *       are normalised to their neutral values; an out-of-range value there does not fail the
 *       request. The repetition penalty still applies (HF applies it before the argmax).
 *   <li>Sampling: HF rejects a non-positive temperature and a top-p outside (0, 1]; so do we. top-k
 *       0 and min-p 0 disable those filters, as in HF.
 *   <li>{@code maxNewTokens} must be positive and is capped at the worker's {@code
 *       max-new-tokens-cap}.
 * </ul>
 */
public final class ParamsMapper {
  private ParamsMapper() {}

  /**
   * Returns the engine parameters for a request.
   *
   * @throws InvalidRequestException if the parameters can never be valid
   */
  public static DecodingParams toDecoding(GenerationParams requested, int maxNewTokensCap) {
    GenerationParams p = requested == null ? GenerationParams.defaults() : requested;
    if (p.maxNewTokens() < 1) {
      throw new InvalidRequestException("maxNewTokens must be >= 1, got " + p.maxNewTokens());
    }
    int maxNew = Math.min(p.maxNewTokens(), maxNewTokensCap);
    double penalty = p.repetitionPenalty();
    if (!(penalty > 0) || Double.isInfinite(penalty)) {
      throw new InvalidRequestException(
          "repetitionPenalty must be a strictly positive float, got " + penalty);
    }
    if (!p.doSample()) {
      return new DecodingParams(false, 1.0, 0, 1.0, 0.0, penalty, maxNew, stop(p));
    }
    if (!(p.temperature() > 0) || Double.isInfinite(p.temperature())) {
      throw new InvalidRequestException(
          "temperature must be a strictly positive float when sampling, got " + p.temperature());
    }
    if (p.topK() < 0) {
      throw new InvalidRequestException("topK must be >= 0 (0 disables), got " + p.topK());
    }
    if (!(p.topP() > 0 && p.topP() <= 1)) {
      throw new InvalidRequestException("topP must be in (0, 1], got " + p.topP());
    }
    if (!(p.minP() >= 0 && p.minP() <= 1)) {
      throw new InvalidRequestException("minP must be in [0, 1], got " + p.minP());
    }
    return new DecodingParams(
        true, p.temperature(), p.topK(), p.topP(), p.minP(), penalty, maxNew, stop(p));
  }

  private static List<String> stop(GenerationParams p) {
    List<String> stop = p.stopOrEmpty();
    for (String s : stop) {
      if (s == null || s.isEmpty()) {
        throw new InvalidRequestException("stop strings must not be empty");
      }
    }
    return stop;
  }

  /** The parameters actually used, in contract form, for the result event. */
  public static GenerationParams toContract(DecodingParams d) {
    return new GenerationParams(
        d.doSample(),
        d.temperature(),
        d.topK(),
        d.topP(),
        d.minP(),
        d.repetitionPenalty(),
        d.maxNewTokens(),
        d.stopStrings());
  }
}
