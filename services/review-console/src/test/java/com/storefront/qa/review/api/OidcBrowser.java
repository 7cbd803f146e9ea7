package com.storefront.qa.review.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A browser doing the authorization code flow by hand, one redirect at a time: the console sends it
 * to the identity provider (Quarkus' OIDC test server), the provider's login sends it back with a
 * code, the console exchanges the code for the ID token this client told the provider to issue, and
 * the browser keeps the console's session cookie. Then it calls the API like {@link Session}.
 */
final class OidcBrowser {
  /** The issuer the OIDC test server announces in its discovery document. */
  private static final String ISSUER = "https://server.example.com";

  final Map<String, String> cookies = new HashMap<>();
  String csrfToken;

  private OidcBrowser() {}

  /**
   * Signs in through the code flow as {@code username} with these groups in the ID token; fails the
   * test when no session comes back.
   */
  static OidcBrowser signIn(WireMockServer idp, String username, Set<String> groups) {
    issue(idp, username, groups);
    OidcBrowser b = new OidcBrowser();
    Response toIdp = b.spec().get("/login/oidc");
    assertThat(toIdp.statusCode()).as("redirect to the identity provider").isEqualTo(302);
    b.cookies.putAll(toIdp.getCookies());
    URI authorize = URI.create(toIdp.getHeader("Location"));
    assertThat(authorize.getPath()).isEqualTo("/auth/realms/quarkus");
    Map<String, String> q = query(authorize);
    assertThat(q).containsEntry("client_id", OidcProfile.CLIENT_ID).containsKey("state");

    // The provider's login form posts to /login, which redirects back with the code.
    Response login =
        given()
            .redirects()
            .follow(false)
            .queryParam("state", q.get("state"))
            .queryParam("redirect_uri", q.get("redirect_uri"))
            .get(idp.baseUrl() + "/login");
    assertThat(login.statusCode()).isEqualTo(302);
    Response back = b.spec().urlEncodingEnabled(false).get(login.getHeader("Location"));
    assertThat(back.statusCode()).as(back.asString()).isIn(302, 303);
    b.cookies.putAll(back.getCookies());
    assertThat(b.cookies.get("q_session")).as("OIDC session cookie").isNotBlank();

    Response me = b.get("/api/v1/me");
    assertThat(me.statusCode()).as(me.asString()).isEqualTo(200);
    b.csrfToken = me.jsonPath().getString("csrfToken");
    return b;
  }

  /** Makes the provider's token endpoint issue an ID token for {@code username}. */
  private static void issue(WireMockServer idp, String username, Set<String> groups) {
    String idToken =
        Jwt.preferredUserName(username)
            .groups(groups)
            .issuer(ISSUER)
            .audience(OidcProfile.CLIENT_ID)
            .subject("sub-" + username)
            .jws()
            .keyId("1")
            .sign("privateKey.jwk");
    String accessToken =
        Jwt.preferredUserName(username)
            .issuer(ISSUER)
            .audience(ISSUER)
            .subject("sub-" + username)
            .jws()
            .keyId("1")
            .sign("privateKey.jwk");
    idp.stubFor(
        WireMock.post("/auth/realms/quarkus/token")
            .withRequestBody(WireMock.containing("authorization_code"))
            .willReturn(
                WireMock.aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"access_token\":\"%s\",\"id_token\":\"%s\",\"expires_in\":300}"
                            .formatted(accessToken, idToken))));
  }

  private static Map<String, String> query(URI uri) {
    Map<String, String> out = new HashMap<>();
    for (String pair : uri.getRawQuery().split("&")) {
      int eq = pair.indexOf('=');
      out.put(
          URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
          URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
    }
    return out;
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
    return spec()
        .header("X-CSRF-TOKEN", csrfToken)
        .contentType(ContentType.JSON)
        .body(body)
        .post(path);
  }
}
