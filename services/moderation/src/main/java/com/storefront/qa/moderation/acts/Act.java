package com.storefront.qa.moderation.acts;

/**
 * The speech acts an acknowledgement may contain. A reply is publishable only when every sentence
 * is made of these; anything else (a statement about the product, the shop, other customers, a time
 * frame) is an {@code UNRECOGNISED_STATEMENT}.
 */
public enum Act {
  /** "안녕하세요", "Hi there", "お問い合わせありがとうございます" is {@link #THANKS}. */
  GREETING,
  /** Thanks for the question, interest or patience; a compliment on the question. */
  THANKS,
  /** The question's subject as a noun phrase or embedded question, with no predicate about it. */
  TOPIC,
  /** A future action of the staff: check, confirm, reply, contact; or "checking is needed". */
  DEFERRAL,
  /** Empathy or a restatement addressed to the customer ("궁금하시군요", "We understand"). */
  EMPATHY,
  /** A request for patience. */
  PATIENCE,
  /** An apology for the wait or the inconvenience. */
  APOLOGY,
  /** Pointing to the shop's own customer service (never to another shop). */
  REFERRAL,
  /** A closing: "감사합니다", "좋은 하루 보내세요", "Have a great day". */
  CLOSING,
  /** A connective between acts ("하지만", "and", "so"): allowed, since each side must be an act. */
  LINK,
  /** One of the shop's own approved phrases ({@code ModerationPolicy.approvedPhrases}). */
  SHOP_PHRASE
}
