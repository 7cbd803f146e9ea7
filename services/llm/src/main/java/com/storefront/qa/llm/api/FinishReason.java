package com.storefront.qa.llm.api;

/** Why a sequence stopped. */
public enum FinishReason {
  /** An eos token or a stop string was produced. */
  STOP,
  /** {@code maxNewTokens} was reached (or the model's context / cache limit). */
  LENGTH,
  /** The request's deadline passed before it finished (queued or running). */
  DEADLINE,
  /** The engine failed while running this sequence; the text is whatever was produced. */
  ERROR
}
