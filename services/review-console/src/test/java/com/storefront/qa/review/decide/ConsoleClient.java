package com.storefront.qa.review.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A JSON API client as a shop's own tool would be: it signs in through the form once, keeps the
 * session and CSRF cookies, and sends each decision with an {@code Idempotency-Key}, so a request
 * whose answer it never saw can be sent again unchanged.
 */
final class ConsoleClient {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http =
      HttpClient.newBuilder()
          .connectTimeout(Duration.ofSeconds(2))
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final ConsoleProcess console;
  private final Map<String, String> cookies = new ConcurrentHashMap<>();
  private String csrfToken;

  ConsoleClient(ConsoleProcess console) {
    this.console = console;
  }

  /** Signs in through the login form and fetches the CSRF token. */
  void signIn(String username, String password) throws IOException, InterruptedException {
    String form =
        "j_username="
            + URLEncoder.encode(username, StandardCharsets.UTF_8)
            + "&j_password="
            + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login =
        send(
            request("/j_security_check")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    assertThat(cookies)
        .as("session cookie, login answered " + login.statusCode())
        .containsKey("qa-session");
    HttpResponse<String> me = send(request("/api/v1/me").GET());
    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    csrfToken = JSON.readTree(me.body()).get("csrfToken").asText();
  }

  /** The item's current version. */
  int version(UUID itemId) throws IOException, InterruptedException {
    HttpResponse<String> r = send(request("/api/v1/items/" + itemId).GET());
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return JSON.readTree(r.body()).get("version").asInt();
  }

  /**
   * Sends one decision; returns the HTTP status and body, or throws when no answer came (the
   * console died, or was not there).
   */
  HttpResponse<String> decide(UUID itemId, String key, Map<String, Object> body)
      throws IOException, InterruptedException {
    return send(
        request("/api/v1/items/" + itemId + "/decisions")
            .timeout(Duration.ofSeconds(20))
            .header("Content-Type", "application/json")
            .header("X-CSRF-TOKEN", csrfToken)
            .header("Idempotency-Key", key)
            .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  static JsonNode json(HttpResponse<String> r) throws IOException {
    return JSON.readTree(r.body());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(console.url(path)));
    if (!cookies.isEmpty()) {
      StringBuilder header = new StringBuilder();
      cookies.forEach(
          (k, v) -> header.append(header.isEmpty() ? "" : "; ").append(k).append('=').append(v));
      b.header("Cookie", header.toString());
    }
    return b;
  }

  private HttpResponse<String> send(HttpRequest.Builder b)
      throws IOException, InterruptedException {
    HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    for (String set : r.headers().allValues("Set-Cookie")) {
      String pair = set.split(";", 2)[0];
      int eq = pair.indexOf('=');
      if (eq > 0 && !pair.substring(eq + 1).isEmpty()) {
        cookies.put(pair.substring(0, eq).trim(), pair.substring(eq + 1));
      }
    }
    return r;
  }
}
