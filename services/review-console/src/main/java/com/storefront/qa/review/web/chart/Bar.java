package com.storefront.qa.review.web.chart;

/** One bar: a label (a hold reason, a shop) and its value. */
public record Bar(String label, double value) {}
