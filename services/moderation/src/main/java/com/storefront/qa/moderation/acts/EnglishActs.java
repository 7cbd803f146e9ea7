package com.storefront.qa.moderation.acts;

/**
 * The acts of an English acknowledgement, over ASCII-folded text. Free words (the subject of
 * "whether…", the object of "check…") stop at commas and at words that start a statement of their
 * own ("but", "so", "because", "usually", "customers"), so "Our team will check, but it fits" is a
 * deferral followed by an unrecognised clause.
 *
 * <p>The acts live in one class per family: {@link EnglishWords} (what a free word may be), {@link
 * EnglishCourtesy} (greeting, thanks, patience, apology, closing, links), {@link EnglishTopics}
 * (topic noun phrases, empathy and restating) and {@link EnglishDeferrals} (what the staff will do,
 * and why). A new act goes into its family's class.
 */
final class EnglishActs {
  static final Grammar GRAMMAR =
      EnglishDeferrals.addTo(EnglishTopics.addTo(EnglishCourtesy.addTo(new Grammar())));

  private EnglishActs() {}
}
