package com.storefront.qa.contracts.event;

/**
 * One reason behind a verdict: a stable code (e.g. {@code DEFINITIVE_CLAIM}, {@code PII_PHONE}) and
 * the evidence span [start, end) in the checked text, with the evidence itself (already masked when
 * it is personal data).
 */
public record ModerationReason(String code, String evidence, int start, int end) {}
