package com.storefront.qa.orchestrator.route;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.ReviewTask;

/** One output record of the routing processors; the topology sends each kind to its topic. */
public sealed interface Emit {
  record Answer(AnswerEvent event) implements Emit {}

  record Moderation(ModerationVerdict event) implements Emit {}

  record Request(GenerationRequest event) implements Emit {}

  record Review(ReviewTask event) implements Emit {}
}
