package com.storefront.qa.review.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** A logged-in browser-like client: the session cookie, the CSRF cookie and its token. */
final class Session {
  final String username;
  final Map<String, String> cookies = new HashMap<>();
  String csrfToken;

  private Session(String username) {
    this.username = username;
  }

  /** Logs in through the form; fails the test when the login is refused. */
  static Session login(String username, String password) {
    Session s = new Session(username);
    Response r = attempt(username, password);
    assertThat(r.getCookie("qa-session")).as("session cookie for " + username).isNotBlank();
    s.cookies.put("qa-session", r.getCookie("qa-session"));
    Response me = s.get("/api/v1/me");
    assertThat(me.statusCode()).as(me.asString()).isEqualTo(200);
    s.csrfToken = me.jsonPath().getString("csrfToken");
    if (me.getCookie("qa-csrf") != null) {
      s.cookies.put("qa-csrf", me.getCookie("qa-csrf"));
    }
    return s;
  }

  /** One login attempt, without following the redirect. */
  static Response attempt(String username, String password) {
    return given()
        .redirects()
        .follow(false)
        .contentType(ContentType.URLENC)
        .formParam("j_username", username)
        .formParam("j_password", password)
        .post("/j_security_check");
  }

  RequestSpecification spec() {
    return given().redirects().follow(false).cookies(cookies);
  }

  Response get(String path) {
    Response r = spec().get(path);
    if (r.getCookie("qa-csrf") != null) {
      cookies.put("qa-csrf", r.getCookie("qa-csrf"));
    }
    return r;
  }

  /** A JSON POST with the CSRF header. */
  Response post(String path, Object body) {
    return post(path, body, null);
  }

  Response post(String path, Object body, String idempotencyKey) {
    RequestSpecification s = spec().header("X-CSRF-TOKEN", csrfToken).contentType(ContentType.JSON);
    if (idempotencyKey != null) {
      s = s.header("Idempotency-Key", idempotencyKey);
    }
    return body == null ? s.post(path) : s.body(body).post(path);
  }

  /** A JSON POST without the CSRF header. */
  Response postWithoutCsrf(String path, Object body) {
    return spec().contentType(ContentType.JSON).body(body).post(path);
  }
}
