package com.storefront.qa.orchestrator.route;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.ReviewTask;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/** One output record of the routing processors; the topology sends each kind to its topic. */
public sealed interface Emit {
  /** The record headers to send with it; none but for dead letters. */
  default Headers headers() {
    return new RecordHeaders();
  }

  record Answer(AnswerEvent event) implements Emit {}

  record Moderation(ModerationVerdict event) implements Emit {}

  record Request(GenerationRequest event) implements Emit {}

  record Review(ReviewTask event) implements Emit {}

  /** A question for {@code storefront.questions.dlq.v1}, with its {@code DlqHeaders}. */
  record DeadLetter(byte[] key, byte[] value, Headers headers) implements Emit {}
}
