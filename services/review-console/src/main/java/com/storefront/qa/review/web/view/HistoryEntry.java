package com.storefront.qa.review.web.view;

/**
 * One line of an item's history: a revision the customer received or a staff action.
 *
 * @param at when, as shown (UTC)
 * @param who the reviewer, or the source (MODEL, FALLBACK) for automatic answers
 * @param what the action or revision label
 * @param text the text published or the reason given, raw (the template escapes it)
 */
public record HistoryEntry(String at, String who, String what, String text) {}
