package com.storefront.qa.llm.decoder;

/**
 * New tokens of one sequence in one forward pass.
 *
 * @param slot the sequence's cache slot
 * @param start position of the first token (= tokens of this sequence already cached)
 * @param tokens the tokens to run: one for a decode step, a prompt chunk for prefill
 */
public record Segment(int slot, int start, int[] tokens) {
  /** Position after the last token. */
  int end() {
    return start + tokens.length;
  }
}
