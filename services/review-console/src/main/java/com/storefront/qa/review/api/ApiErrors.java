package com.storefront.qa.review.api;

import com.storefront.qa.review.decide.ConflictException;
import com.storefront.qa.review.decide.InvalidDecisionException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps the service exceptions to JSON errors: 409 with the current item, 400, 404. */
public class ApiErrors {
  /** The body of a 409: what went wrong and the item as it is now. */
  public record Conflict(String error, ItemView current) {}

  @ServerExceptionMapper
  public Response conflict(ConflictException e) {
    return Response.status(Response.Status.CONFLICT)
        .type(MediaType.APPLICATION_JSON)
        .entity(new Conflict(e.getMessage(), ItemView.of(e.current(), Instant.now())))
        .build();
  }

  @ServerExceptionMapper
  public Response invalid(InvalidDecisionException e) {
    return json(Response.Status.BAD_REQUEST, e.getMessage());
  }

  @ServerExceptionMapper
  public Response invalidArgument(IllegalArgumentException e) {
    return json(Response.Status.BAD_REQUEST, e.getMessage());
  }

  @ServerExceptionMapper
  public Response missing(NoSuchElementException e) {
    return json(Response.Status.NOT_FOUND, "no such review item");
  }

  static Response json(Response.Status status, String error) {
    return Response.status(status)
        .type(MediaType.APPLICATION_JSON)
        .entity(Map.of("error", error == null ? status.getReasonPhrase() : error))
        .build();
  }
}
