package com.storefront.qa.contracts.event;

/**
 * One earlier exchange of a question thread, as carried in {@link GenerationRequest#history()}.
 *
 * @param question the earlier question, masked like every question text in internal events
 * @param answer the answer that was published for it (null when none was)
 */
public record ThreadTurn(String question, String answer) {}
