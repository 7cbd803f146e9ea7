package com.storefront.qa.review.web.text;

/** An evidence span [start, end) in a text (Java char offsets), with the reason code behind it. */
public record Span(String code, int start, int end) {}
