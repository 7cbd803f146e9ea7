package com.storefront.qa.llm.api;

/**
 * Receives a generation's text as it is decoded.
 *
 * <p>Called on the engine's scheduler thread, in order, so it must return quickly and never block
 * (hand the text to another thread). The deltas, concatenated, equal the {@link Completion}'s text:
 * text that could still turn out to begin a stop string is held back until it is ruled out, and
 * whatever the final decode adds (e.g. an incomplete character at a length cut) comes as a last
 * delta before the future completes. An exception thrown here stops further calls to this listener
 * but not the generation.
 */
@FunctionalInterface
public interface TextListener {
  /** Text decoded since the previous call; never empty. */
  void onText(String delta);
}
