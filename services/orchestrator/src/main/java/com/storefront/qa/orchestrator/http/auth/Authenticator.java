package com.storefront.qa.orchestrator.http.auth;

import com.storefront.qa.orchestrator.http.ApiError;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.Optional;

/**
 * Who is asking, and may they ask now: the API key from {@code Authorization: Bearer <key>} or
 * {@code X-Api-Key: <key>}, then the key's rate limit. The key itself never reaches a log or a
 * response; only its id does (and only in logs).
 */
public final class Authenticator {
  private final ApiKeyStore keys;
  private final RateLimiter limiter;

  public Authenticator(ApiKeyStore keys, RateLimiter limiter) {
    this.keys = keys;
    this.limiter = limiter;
  }

  /** The caller's key, or the error response (401, 429) to send instead. */
  public sealed interface Access {}

  /** The request may go ahead as {@code key}. */
  public record Granted(ApiKey key) implements Access {}

  /** The request is refused with {@code response}. */
  public record Refused(Response response) implements Access {}

  /** Checks one request's headers. */
  public Access check(HttpHeaders headers) {
    Optional<String> presented = presented(headers);
    if (presented.isEmpty()) {
      return unauthorized("an API key is required: 'Authorization: Bearer <key>' or 'X-Api-Key'");
    }
    Optional<ApiKey> key = keys.authenticate(presented.get());
    if (key.isEmpty()) {
      return unauthorized("the API key is not valid");
    }
    long retryAfter = limiter.acquire(key.get());
    if (retryAfter > 0) {
      return new Refused(
          ApiError.builder(
                  Response.Status.TOO_MANY_REQUESTS,
                  ApiError.RATE_LIMITED,
                  "rate limit of this API key exceeded; retry after " + retryAfter + " s")
              .header("Retry-After", retryAfter)
              .build());
    }
    return new Granted(key.get());
  }

  private static Optional<String> presented(HttpHeaders headers) {
    String authorization = headers.getHeaderString(HttpHeaders.AUTHORIZATION);
    if (authorization != null
        && authorization.length() > 7
        && authorization.substring(0, 7).toLowerCase(Locale.ROOT).equals("bearer ")) {
      return Optional.of(authorization.substring(7).strip());
    }
    String apiKey = headers.getHeaderString("X-Api-Key");
    return apiKey == null || apiKey.isBlank() ? Optional.empty() : Optional.of(apiKey.strip());
  }

  private static Refused unauthorized(String detail) {
    return new Refused(
        ApiError.builder(Response.Status.UNAUTHORIZED, ApiError.UNAUTHORIZED, detail)
            .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
            .build());
  }
}
