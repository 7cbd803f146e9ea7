package com.storefront.qa.review.web.view;

/** A moderation reason as the item view lists it: its code and the (masked) evidence. */
public record ReasonView(String code, String evidence) {}
