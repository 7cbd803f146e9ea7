package com.storefront.qa.orchestrator.http;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.orchestrator.http.auth.Authenticator;
import io.smallrye.common.annotation.Blocking;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeIn;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.security.SecuritySchemes;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Questions over HTTP, for shops without a Kafka client: the same question JSON as on {@code
 * storefront.questions.v1}, answered in the response. See docs/http-api.md.
 */
@Path("/v1/questions")
@Tag(name = "questions", description = "Ask a question, read its answers")
@SecuritySchemes({
  @SecurityScheme(
      securitySchemeName = "bearer",
      type = SecuritySchemeType.HTTP,
      scheme = "bearer",
      description = "The shop's API key"),
  @SecurityScheme(
      securitySchemeName = "apiKey",
      type = SecuritySchemeType.APIKEY,
      in = SecuritySchemeIn.HEADER,
      apiKeyName = "X-Api-Key")
})
@SecurityRequirement(name = "bearer")
@SecurityRequirement(name = "apiKey")
public class QuestionsResource {
  @Inject Authenticator authenticator;
  @Inject QuestionIntake intake;

  /** Asks one question; waits for its first answer (bounded by the shop's deadline). */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Blocking // the Kafka producer may block briefly (metadata, full buffer): not on the event loop
  @Operation(
      summary = "Ask a question",
      description =
          "The body is the question event of storefront.questions.v1. Idempotent by questionId:"
              + " a repeat gets the same answer and writes nothing.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = QuestionEvent.class)))
  @APIResponse(
      responseCode = "200",
      description = "The first answer (revision 1)",
      content = @Content(schema = @Schema(implementation = AnswerEvent.class)))
  @APIResponse(
      responseCode = "202",
      description = "Accepted; no answer within the wait yet (poll Location)",
      content = @Content(schema = @Schema(implementation = Bodies.Pending.class)))
  @APIResponse(
      responseCode = "400",
      description = "Invalid question (RejectReason)",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong API key",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "403",
      description = "shopId is not this key's shop",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "409",
      description = "questionId used by another shop",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "413",
      description = "Body over 32 KiB",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "429",
      description = "Rate limited; see Retry-After",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "503",
      description = "Kafka unavailable or view starting",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  public CompletionStage<Response> ask(@Context HttpHeaders headers, byte[] body) {
    return switch (authenticator.check(headers)) {
      case Authenticator.Refused refused -> CompletableFuture.completedFuture(refused.response());
      case Authenticator.Granted granted -> intake.ask(granted.key(), body);
    };
  }

  /** Every revision of a question's answer so far, lowest first. */
  @GET
  @Path("/{questionId: .+}/answers")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Every answer revision so far",
      description = "Revision 1 is the first reply; staff follow-ups are later revisions.")
  @APIResponse(
      responseCode = "200",
      description = "Every revision so far",
      content = @Content(schema = @Schema(implementation = Bodies.Revisions.class)))
  @APIResponse(
      responseCode = "404",
      description = "No answer yet, or another shop's question",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "401",
      description = "Missing or wrong API key",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  @APIResponse(
      responseCode = "429",
      description = "Rate limited; see Retry-After",
      content = @Content(schema = @Schema(implementation = Bodies.ErrorBody.class)))
  public Response answers(
      @Context HttpHeaders headers, @PathParam("questionId") String questionId) {
    return switch (authenticator.check(headers)) {
      case Authenticator.Refused refused -> refused.response();
      case Authenticator.Granted granted -> intake.answers(granted.key(), questionId);
    };
  }
}
