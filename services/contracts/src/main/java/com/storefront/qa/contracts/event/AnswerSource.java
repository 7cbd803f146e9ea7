package com.storefront.qa.contracts.event;

/** Who wrote an answer. */
public enum AnswerSource {
  /** The LLM's reply, published after moderation passed it. */
  MODEL,
  /** The shop's safe acknowledgement template, used when no model reply can be used. */
  FALLBACK,
  /** A support staff member, through the review console. */
  STAFF
}
