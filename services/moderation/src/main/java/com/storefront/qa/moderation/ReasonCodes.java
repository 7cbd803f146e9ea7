package com.storefront.qa.moderation;

/**
 * Every reason code the moderation library emits, as they appear in {@code
 * ModerationReason.code()}, audit rows and shop policies' {@code holdReasons}. Codes are stable:
 * rename one and stored policies silently stop matching it.
 */
public final class ReasonCodes {
  // --- Personal data (input: masked, reported; output: the reply must never carry it) ---
  /** Korean resident registration number (주민등록번호). */
  public static final String PII_RRN = "PII_RRN";

  /** Korean mobile or landline phone number. */
  public static final String PII_PHONE = "PII_PHONE";

  /** E-mail address. */
  public static final String PII_EMAIL = "PII_EMAIL";

  /** Payment card number (13–19 digits, Luhn-valid). */
  public static final String PII_CARD = "PII_CARD";

  /** Bank account number. */
  public static final String PII_ACCOUNT = "PII_ACCOUNT";

  // --- Question checks ---
  /** Profanity or abuse, including spaced, jamo and starred spellings. */
  public static final String ABUSE = "ABUSE";

  /** An attempt to override the instructions, role-play jailbreak or system-prompt request. */
  public static final String PROMPT_INJECTION = "PROMPT_INJECTION";

  /** A chat-template control token ({@code [|system|]}, {@code <|im_start|>}, ...) in the text. */
  public static final String CONTROL_TOKEN = "CONTROL_TOKEN";

  // --- Both ---
  /** Nothing but whitespace. */
  public static final String EMPTY = "EMPTY";

  /** Longer than the stage allows. */
  public static final String TOO_LONG = "TOO_LONG";

  // --- Reply checks ---
  /** A definitive statement of a product fact nobody has checked ("네, 맞습니다!"). */
  public static final String DEFINITIVE_CLAIM = "DEFINITIVE_CLAIM";

  /** A promise of a date, stock, price, discount, refund or delivery. */
  public static final String COMMITMENT = "COMMITMENT";

  /** A phone number, e-mail, URL or messenger ID the model made up. */
  public static final String INVENTED_CONTACT = "INVENTED_CONTACT";

  /** A health, medical, safety-certification or legal claim. */
  public static final String HEALTH_LEGAL_CLAIM = "HEALTH_LEGAL_CLAIM";

  /** Rude, dismissive or blaming tone toward the customer. */
  public static final String RUDE_TONE = "RUDE_TONE";

  /** The reply quotes the system prompt. */
  public static final String PROMPT_LEAK = "PROMPT_LEAK";

  /** Stray words of another script inside the reply (degeneration). */
  public static final String SCRIPT_MIXING = "SCRIPT_MIXING";

  /** Repeated words, phrases or characters (a decoding loop). */
  public static final String REPETITION = "REPETITION";

  /** Replacement characters, control characters, leftover special tokens or symbol soup. */
  public static final String GARBAGE = "GARBAGE";

  /** The engine's mean token log-probability is below the strictness threshold. */
  public static final String LOW_CONFIDENCE = "LOW_CONFIDENCE";

  /** The reply is not in the question's language. */
  public static final String LANGUAGE_MISMATCH = "LANGUAGE_MISMATCH";

  /**
   * A sentence of the reply is not one of the acts an acknowledgement may contain (greeting,
   * thanks, the question's topic, deferral to staff, patience, apology, closing, the shop's
   * approved phrases), or an act carries a figure, time frame, other customers, another shop or a
   * recommendation. The evidence is the unrecognised span.
   */
  public static final String UNRECOGNISED_STATEMENT = "UNRECOGNISED_STATEMENT";

  /** The shop does not auto-publish: a clean reply still waits for staff. */
  public static final String REVIEW_REQUIRED = "REVIEW_REQUIRED";

  private ReasonCodes() {}
}
