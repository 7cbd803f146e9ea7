package com.storefront.qa.orchestrator.http;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.contracts.validation.ParseOutcome;
import com.storefront.qa.contracts.validation.QuestionParser;
import com.storefront.qa.contracts.validation.RejectReason;
import com.storefront.qa.orchestrator.http.answers.AnswersView;
import com.storefront.qa.orchestrator.http.auth.ApiKey;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * The question API's logic, behind authentication: validate with the Kafka intake's own parser,
 * answer a repeat from the answers view, otherwise send the question once and wait for its first
 * answer. Logs carry ids and reasons only, never the text or customerRef.
 */
public final class QuestionIntake {
  private static final Logger LOG = Logger.getLogger(QuestionIntake.class);

  private final AnswersView view;
  private final QuestionSink sink;
  private final ShopDeadlines deadlines;

  QuestionIntake(AnswersView view, QuestionSink sink, ShopDeadlines deadlines) {
    this.view = view;
    this.sink = sink;
    this.deadlines = deadlines;
  }

  /** POST /v1/questions for {@code key}: 200 answer, 202 pending, or an error. */
  public CompletionStage<Response> ask(ApiKey key, byte[] body) {
    ParseOutcome outcome = QuestionParser.parse(null, body);
    if (outcome instanceof ParseOutcome.Invalid invalid) {
      Response.Status status =
          invalid.reason() == RejectReason.RECORD_TOO_LARGE
              ? Response.Status.REQUEST_ENTITY_TOO_LARGE
              : Response.Status.BAD_REQUEST;
      return done(ApiError.of(status, invalid.reason().name(), invalid.detail()));
    }
    QuestionEvent question = ((ParseOutcome.Valid) outcome).question();
    String id = question.questionId();
    if (!question.shopId().equals(key.shopId())) {
      return done(
          ApiError.of(
              Response.Status.FORBIDDEN,
              ApiError.SHOP_MISMATCH,
              "shopId: this API key is for shop " + key.shopId()));
    }
    if (!view.caughtUp()) {
      // Until the view has read the recent answers it cannot tell a repeat from a new question.
      return done(
          ApiError.builder(
                  Response.Status.SERVICE_UNAVAILABLE,
                  ApiError.UNAVAILABLE,
                  "the answers view is still starting")
              .header("Retry-After", 1)
              .build());
    }
    var known = view.first(id);
    if (known.isPresent()) {
      return done(answered(key, known.get(), true));
    }
    AnswersView.Waiter waiter = view.await(id);
    if (waiter.first()) {
      sink.send(id, body)
          .whenComplete(
              (ok, error) -> {
                if (error != null) {
                  LOG.warnf("question %s not sent: %s", id, error.getClass().getSimpleName());
                  view.forget(id, waiter.answer());
                  waiter.answer().completeExceptionally(error);
                }
              });
    }
    long waitMs = deadlines.waitFor(key.shopId()).toMillis();
    return waiter
        .answer()
        .copy()
        .completeOnTimeout(null, waitMs, TimeUnit.MILLISECONDS)
        .handle(
            (answer, error) -> {
              if (error != null) {
                return ApiError.builder(
                        Response.Status.SERVICE_UNAVAILABLE,
                        ApiError.UNAVAILABLE,
                        "the question could not be written to Kafka; retry with the same questionId")
                    .header("Retry-After", 1)
                    .build();
              }
              if (answer == null) {
                view.forget(id, waiter.answer());
                return pending(id);
              }
              return answered(key, answer, !waiter.first());
            });
  }

  /** GET /v1/questions/{id}/answers for {@code key}: every revision so far, lowest first. */
  public Response answers(ApiKey key, String questionId) {
    List<AnswerEvent> revisions = view.revisions(questionId);
    if (revisions.isEmpty() || !revisions.get(0).shopId().equals(key.shopId())) {
      // Another shop's question is reported exactly like an unknown one: ids are not probed.
      return ApiError.of(
          Response.Status.NOT_FOUND,
          ApiError.NOT_FOUND,
          "no answer for questionId " + questionId + " yet");
    }
    String body = Json.toJson(new Bodies.Revisions(questionId, revisions));
    return Response.ok(body, MediaType.APPLICATION_JSON).build();
  }

  private static Response answered(ApiKey key, AnswerEvent answer, boolean replay) {
    if (!answer.shopId().equals(key.shopId())) {
      return ApiError.of(
          Response.Status.CONFLICT,
          ApiError.QUESTION_ID_TAKEN,
          "questionId: already used; choose another");
    }
    return Response.ok(Json.toJson(answer), MediaType.APPLICATION_JSON)
        .header("Location", answersPath(answer.questionId()))
        .header("Idempotent-Replay", replay)
        .build();
  }

  private static Response pending(String questionId) {
    String body = Json.toJson(new Bodies.Pending(questionId, "PENDING", answersPath(questionId)));
    return Response.accepted(body)
        .type(MediaType.APPLICATION_JSON)
        .header("Location", answersPath(questionId))
        .build();
  }

  /**
   * A relative Location (RFC 9110 allows it): built off the request thread, where JAX-RS cannot
   * resolve a base URI. Ids are [A-Za-z0-9._:@/-], all legal in a path as they are.
   */
  static String answersPath(String questionId) {
    return "/v1/questions/" + questionId + "/answers";
  }

  private static CompletionStage<Response> done(Response response) {
    return CompletableFuture.completedFuture(response);
  }
}
