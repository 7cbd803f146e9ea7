package com.storefront.qa.contracts.json;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.policy.ShopPolicy;

/** One serde per event type; stateless and safe to share. */
public final class EventSerdes {
  public static final JsonSerde<QuestionEvent> QUESTION = new JsonSerde<>(QuestionEvent.class);
  public static final JsonSerde<AnswerEvent> ANSWER = new JsonSerde<>(AnswerEvent.class);
  public static final JsonSerde<ShopPolicy> SHOP_POLICY = new JsonSerde<>(ShopPolicy.class);
  public static final JsonSerde<GenerationRequest> GENERATION_REQUEST =
      new JsonSerde<>(GenerationRequest.class);
  public static final JsonSerde<GenerationResult> GENERATION_RESULT =
      new JsonSerde<>(GenerationResult.class);
  public static final JsonSerde<ModerationVerdict> MODERATION_VERDICT =
      new JsonSerde<>(ModerationVerdict.class);
  public static final JsonSerde<ReviewTask> REVIEW_TASK = new JsonSerde<>(ReviewTask.class);
  public static final JsonSerde<ReviewDecision> REVIEW_DECISION =
      new JsonSerde<>(ReviewDecision.class);

  private EventSerdes() {}
}
