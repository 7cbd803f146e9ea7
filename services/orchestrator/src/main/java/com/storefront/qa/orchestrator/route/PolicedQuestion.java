package com.storefront.qa.orchestrator.route;

import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.policy.ShopPolicy;

/** A valid, first-seen question with its shop's effective policy (merged over the defaults). */
public record PolicedQuestion(QuestionEvent question, ShopPolicy policy) {}
