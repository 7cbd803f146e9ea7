package com.storefront.qa.review.web.view;

/**
 * What every page's frame shows: the language, who is signed in, and which section of the
 * navigation is current. (The CSRF token comes from {@code inject:csrf} in the templates.)
 */
public record Chrome(String lang, String user, boolean signedIn, String section) {}
