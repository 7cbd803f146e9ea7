package com.storefront.qa.review.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.storefront.qa.review.app.InfrastructureResource;
import com.storefront.qa.review.security.Grants;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.security.UserStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.oidc.server.OidcWireMock;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Staff sign-in with OpenID Connect (web-app code flow) against Quarkus' OIDC test server, offline,
 * on the real PostgreSQL: an OIDC identity gets the grants of the console account its principal
 * names and those of {@code shop:role} values in its groups claim, and nothing else. Form login
 * keeps working beside it.
 */
@QuarkusTest
@TestProfile(OidcProfile.class)
@WithTestResource(InfrastructureResource.class)
class OidcLoginIT {
  private static final String PASSWORD = "correct horse battery";

  @OidcWireMock WireMockServer idp;
  @Inject DataSource ds;
  @Inject UserStore users;

  private static String unique(String prefix) {
    return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void aReviewerKnownByNameDecidesInTheirShopAndNowhereElse() throws Exception {
    String shopA = unique("shop-a");
    String shopB = unique("shop-b");
    String name = unique("oidc-rev");
    users.create(name, "unused-local-password", new Grants(Map.of(shopA, Role.REVIEWER)));
    UUID mine = Fixtures.heldItem(ds, unique("q-oidc-a"), shopA, "네, 표시됩니다.");
    UUID theirs = Fixtures.heldItem(ds, unique("q-oidc-b"), shopB, "다른 가게");

    // The provider's groups (admin included) are not console roles.
    OidcBrowser b = OidcBrowser.signIn(idp, name, Set.of("user", "admin"));
    Response me = b.get("/api/v1/me");
    assertThat(me.jsonPath().getString("username")).isEqualTo(name);
    assertThat(me.jsonPath().getMap("grants")).isEqualTo(Map.of(shopA, "REVIEWER"));

    assertThat(b.get("/api/v1/shops/" + shopA + "/queue").statusCode()).isEqualTo(200);
    assertThat(b.get("/api/v1/items/" + mine).jsonPath().getString("shopId")).isEqualTo(shopA);
    Response decided =
        b.post("/api/v1/items/" + mine + "/decisions", Map.of("decision", "APPROVE", "version", 1));
    assertThat(decided.statusCode()).as(decided.asString()).isEqualTo(201);
    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from staff_actions where item_id = ? and actor = ?"
                    + " and action = 'APPROVE'",
                mine,
                name))
        .isEqualTo(1);

    assertThat(b.get("/api/v1/shops/" + shopB + "/queue").statusCode()).isEqualTo(403);
    assertThat(b.get("/api/v1/items/" + theirs).statusCode()).isEqualTo(404);
    Response refused =
        b.post(
            "/api/v1/items/" + theirs + "/decisions", Map.of("decision", "APPROVE", "version", 1));
    assertThat(refused.statusCode()).isEqualTo(404);
    assertThat(b.post("/api/v1/admin/retention/purge", Map.of()).statusCode()).isEqualTo(403);
    assertThat(Fixtures.count(ds, "select count(*) from decisions where item_id = ?", theirs))
        .isZero();
  }

  @Test
  void grantsFromTheGroupsClaimApplyAndOtherGroupsDoNot() throws Exception {
    String shopC = unique("shop-c");
    String shopD = unique("shop-d");
    UUID inC = Fixtures.heldItem(ds, unique("q-oidc-c"), shopC, "초안");
    UUID inD = Fixtures.heldItem(ds, unique("q-oidc-d"), shopD, "초안");

    OidcBrowser b =
        OidcBrowser.signIn(
            idp, unique("oidc-group"), Set.of(shopC + ":reviewer", shopD + ":viewer", "admin"));
    assertThat(b.get("/api/v1/me").jsonPath().getMap("grants"))
        .isEqualTo(Map.of(shopC, "REVIEWER", shopD, "VIEWER"));
    Response decided =
        b.post("/api/v1/items/" + inC + "/decisions", Map.of("decision", "APPROVE", "version", 1));
    assertThat(decided.statusCode()).as(decided.asString()).isEqualTo(201);
    assertThat(b.get("/api/v1/items/" + inD).statusCode()).isEqualTo(200);
    Response viewerDecides =
        b.post("/api/v1/items/" + inD + "/decisions", Map.of("decision", "APPROVE", "version", 1));
    assertThat(viewerDecides.statusCode()).isEqualTo(403);
  }

  @Test
  void anUnknownIdentityIsSignedInButReachesNoData() throws Exception {
    String shop = unique("shop-u");
    UUID item = Fixtures.heldItem(ds, unique("q-oidc-u"), shop, "초안");

    OidcBrowser b = OidcBrowser.signIn(idp, unique("stranger"), Set.of("user"));
    assertThat(b.get("/api/v1/me").jsonPath().getMap("grants")).isEmpty();
    assertThat(b.get("/api/v1/shops/" + shop + "/queue").statusCode()).isEqualTo(403);
    assertThat(b.get("/api/v1/items/" + item).statusCode()).isIn(403, 404);
    assertThat(b.get("/queue").statusCode()).isIn(200, 403);
    assertThat(b.get("/queue").asString()).doesNotContain("초안");
  }

  @Test
  void aLockedAccountGetsNothingEvenWithGroupGrants() throws Exception {
    String shop = unique("shop-l");
    String name = unique("oidc-locked");
    users.create(name, PASSWORD, new Grants(Map.of(shop, Role.REVIEWER)));
    for (int i = 0; i < 5; i++) {
      Session.attempt(name, "wrong password " + i);
    }
    OidcBrowser b = OidcBrowser.signIn(idp, name, Set.of(shop + ":admin"));
    assertThat(b.get("/api/v1/me").jsonPath().getMap("grants")).isEmpty();
    assertThat(b.get("/api/v1/shops/" + shop + "/queue").statusCode()).isEqualTo(403);
  }

  @Test
  void formLoginStillWorksBesideOidcAndTheLoginPageOffersSso() {
    String name = unique("form");
    users.create(name, PASSWORD, new Grants(Map.of("shop-f", Role.VIEWER)));
    Session s = Session.login(name, PASSWORD);
    assertThat(s.get("/api/v1/me").jsonPath().getMap("grants"))
        .isEqualTo(Map.of("shop-f", "VIEWER"));
    assertThat(s.get("/login").asString()).contains("href=\"/login/oidc\"");
  }

  @Test
  void withoutASessionNoRouteAnswersWithData() {
    for (String path : new String[] {"/api/v1/me", "/api/v1/shops/shop-a/queue", "/queue"}) {
      Response r = given().redirects().follow(false).get(path);
      assertThat(r.statusCode()).as(path).isIn(302, 401);
    }
  }
}
