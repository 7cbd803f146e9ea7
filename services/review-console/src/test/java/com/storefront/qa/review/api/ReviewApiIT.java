package com.storefront.qa.review.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.ReviewAction;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.review.app.InfrastructureResource;
import com.storefront.qa.review.security.Grants;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.security.UserStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The JSON API on a real broker and PostgreSQL: decisions reach {@code qa.review.decisions.v1}
 * exactly once through the outbox, retries and double submits make no second decision, two sessions
 * on one item give one 201 and one 409, claims hold, every staff action is recorded.
 */
@QuarkusTest
@WithTestResource(InfrastructureResource.class)
class ReviewApiIT {
  static final String PASSWORD = "correct horse battery";
  private static boolean usersCreated;

  @Inject DataSource ds;
  @Inject UserStore users;

  @ConfigProperty(name = "kafka.bootstrap.servers")
  String bootstrap;

  @BeforeEach
  void users() {
    if (!usersCreated) {
      users.create("rev-a", PASSWORD, new Grants(Map.of("shop-a", Role.REVIEWER)));
      users.create("rev-a2", PASSWORD, new Grants(Map.of("shop-a", Role.REVIEWER)));
      users.create("view-a", PASSWORD, new Grants(Map.of("shop-a", Role.VIEWER)));
      users.create("rev-b", PASSWORD, new Grants(Map.of("shop-b", Role.REVIEWER)));
      users.create("admin", PASSWORD, new Grants(Map.of(Grants.ALL_SHOPS, Role.ADMIN)));
      users.create("locky", PASSWORD, new Grants(Map.of("shop-a", Role.VIEWER)));
      usersCreated = true;
    }
  }

  @Test
  void approveMakesOneDecisionEventAndRetriesMakeNoSecond() throws Exception {
    UUID item = Fixtures.heldItem(ds, "q-api-approve", "shop-a", "네, 공휴일이 표시됩니다.");
    Session rev = Session.login("rev-a", PASSWORD);

    Response queue = rev.get("/api/v1/shops/shop-a/queue");
    assertThat(queue.statusCode()).isEqualTo(200);
    assertThat(queue.jsonPath().getList("items.itemId", String.class)).contains(item.toString());
    assertThat(queue.jsonPath().getLong("openCounts.HELD")).isPositive();

    Map<String, Object> approve = Map.of("decision", "APPROVE", "version", 1);
    Response first = rev.post("/api/v1/items/" + item + "/decisions", approve, "key-approve-1");
    assertThat(first.statusCode()).as(first.asString()).isEqualTo(201);
    String decisionId = first.jsonPath().getString("decisionId");
    assertThat(first.jsonPath().getString("item.state")).isEqualTo("ANSWERED");

    // The browser retries (a timeout, a double click): the same key is the same decision.
    Response retry = rev.post("/api/v1/items/" + item + "/decisions", approve, "key-approve-1");
    assertThat(retry.statusCode()).isEqualTo(200);
    assertThat(retry.jsonPath().getString("decisionId")).isEqualTo(decisionId);
    assertThat(retry.jsonPath().getBoolean("replayed")).isTrue();
    // Without a key the stale version is refused.
    Response again = rev.post("/api/v1/items/" + item + "/decisions", approve);
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(again.jsonPath().getString("current.state")).isEqualTo("ANSWERED");

    List<ReviewDecision> sent =
        DecisionsTopic.read(bootstrap, "q-api-approve", Duration.ofSeconds(4));
    assertThat(sent).hasSize(1);
    ReviewDecision d = sent.get(0);
    assertThat(d.decisionId()).isEqualTo(decisionId);
    assertThat(d.action()).isEqualTo(ReviewAction.APPROVE);
    assertThat(d.text()).isEqualTo("네, 공휴일이 표시됩니다.");
    assertThat(d.reviewer()).isEqualTo("rev-a");
    assertThat(d.taskId()).isEqualTo("q-api-approve#output");

    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from staff_actions where item_id = ? and action = 'APPROVE'"
                    + " and actor = 'rev-a' and after_text = '네, 공휴일이 표시됩니다.'",
                item))
        .isEqualTo(1);
    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from labelled_cases where item_id = ? and verdict = 'APPROVED'",
                item))
        .isEqualTo(1);
    assertThat(Fixtures.count(ds, "select count(*) from decisions where item_id = ?", item))
        .isEqualTo(1);
  }

  @Test
  void editRejectAndCloseNeedWhatTheyNeedAndAreAudited() throws Exception {
    UUID edit = Fixtures.heldItem(ds, "q-api-edit", "shop-a", "초안");
    UUID reject = Fixtures.heldItem(ds, "q-api-reject", "shop-a", "틀린 초안");
    UUID close = Fixtures.followUpItem(ds, "q-api-close", "shop-a");
    Session rev = Session.login("rev-a", PASSWORD);

    assertThat(
            rev.post(
                    "/api/v1/items/" + edit + "/decisions",
                    Map.of("decision", "EDIT", "version", 1))
                .statusCode())
        .isEqualTo(400);
    Response edited =
        rev.post(
            "/api/v1/items/" + edit + "/decisions",
            Map.of("decision", "EDIT", "version", 1, "text", "확인해 보니 표시됩니다."));
    assertThat(edited.statusCode()).isEqualTo(201);
    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from staff_actions where item_id = ? and before_text = '초안'"
                    + " and after_text = '확인해 보니 표시됩니다.'",
                edit))
        .isEqualTo(1);

    assertThat(
            rev.post(
                    "/api/v1/items/" + reject + "/decisions",
                    Map.of("decision", "REJECT", "version", 1))
                .statusCode())
        .isEqualTo(400);
    Response rejected =
        rev.post(
            "/api/v1/items/" + reject + "/decisions",
            Map.of("decision", "REJECT", "version", 1, "reason", "WRONG_FACT"));
    assertThat(rejected.statusCode()).isEqualTo(201);
    // The draft is gone, the real answer is still owed: the item stays open as a follow-up.
    assertThat(rejected.jsonPath().getString("item.state")).isEqualTo("OPEN");
    assertThat(rejected.jsonPath().getString("item.reason")).isEqualTo("FOLLOW_UP");
    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from labelled_cases where item_id = ? and verdict = 'REJECTED'"
                    + " and reason = 'WRONG_FACT' and draft = '틀린 초안'",
                reject))
        .isEqualTo(1);
    List<ReviewDecision> sent =
        DecisionsTopic.read(bootstrap, "q-api-reject", Duration.ofSeconds(3));
    assertThat(sent)
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.action()).isEqualTo(ReviewAction.REJECT);
              assertThat(d.text()).isNull();
            });

    assertThat(
            rev.post(
                    "/api/v1/items/" + close + "/decisions",
                    Map.of("decision", "CLOSE", "version", 1))
                .statusCode())
        .isEqualTo(400);
    Response closed =
        rev.post(
            "/api/v1/items/" + close + "/decisions",
            Map.of("decision", "CLOSE", "version", 1, "reason", "customer withdrew the question"));
    assertThat(closed.statusCode()).isEqualTo(201);
    assertThat(closed.jsonPath().getString("item.state")).isEqualTo("CLOSED");
    assertThat(DecisionsTopic.read(bootstrap, "q-api-close", Duration.ofSeconds(2))).isEmpty();
  }

  @Test
  void twoSessionsOneItemOneWinsTheOtherGets409() throws Exception {
    UUID item = Fixtures.followUpItem(ds, "q-api-race", "shop-a");
    Session a = Session.login("rev-a", PASSWORD);
    Session b = Session.login("rev-a2", PASSWORD);
    int version = a.get("/api/v1/items/" + item).jsonPath().getInt("version");
    assertThat(b.get("/api/v1/items/" + item).jsonPath().getInt("version")).isEqualTo(version);

    Response first =
        a.post(
            "/api/v1/items/" + item + "/decisions",
            Map.of("decision", "ANSWER", "version", version, "text", "A의 답변"));
    Response second =
        b.post(
            "/api/v1/items/" + item + "/decisions",
            Map.of("decision", "ANSWER", "version", version, "text", "B의 답변"));
    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(second.statusCode()).isEqualTo(409);
    assertThat(second.jsonPath().getString("current.decidedBy")).isEqualTo("rev-a");
    assertThat(second.jsonPath().getInt("current.version")).isEqualTo(version + 1);
    assertThat(DecisionsTopic.read(bootstrap, "q-api-race", Duration.ofSeconds(3)))
        .singleElement()
        .satisfies(d -> assertThat(d.text()).isEqualTo("A의 답변"));
  }

  @Test
  void aClaimKeepsOthersOutUntilReleased() throws Exception {
    UUID item = Fixtures.followUpItem(ds, "q-api-claim", "shop-a");
    Session a = Session.login("rev-a", PASSWORD);
    Session b = Session.login("rev-a2", PASSWORD);
    Response claimed = a.post("/api/v1/items/" + item + "/claim", null);
    assertThat(claimed.statusCode()).isEqualTo(200);
    assertThat(claimed.jsonPath().getString("claimedBy")).isEqualTo("rev-a");
    assertThat(a.post("/api/v1/items/" + item + "/claim", null).statusCode())
        .as("renew")
        .isEqualTo(200);

    Response taken = b.post("/api/v1/items/" + item + "/claim", null);
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(taken.jsonPath().getString("current.claimedBy")).isEqualTo("rev-a");
    Response decided =
        b.post(
            "/api/v1/items/" + item + "/decisions",
            Map.of("decision", "ANSWER", "version", 1, "text", "B"));
    assertThat(decided.statusCode()).isEqualTo(409);

    assertThat(
            a.spec()
                .header("X-CSRF-TOKEN", a.csrfToken)
                .delete("/api/v1/items/" + item + "/claim")
                .statusCode())
        .isEqualTo(200);
    assertThat(b.post("/api/v1/items/" + item + "/claim", null).statusCode()).isEqualTo(200);
    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from staff_actions where item_id = ? and action = 'CLAIM'",
                item))
        .isEqualTo(3);
  }

  @Test
  void everyRouteNeedsLoginRoleShopAndCsrf() throws Exception {
    UUID itemB = Fixtures.followUpItem(ds, "q-api-shop-b", "shop-b");
    UUID itemA = Fixtures.followUpItem(ds, "q-api-shop-a", "shop-a");
    Map<String, Object> answer = Map.of("decision", "ANSWER", "version", 1, "text", "x");

    // Without login: the login page (a redirect), never data.
    for (String path :
        List.of("/api/v1/me", "/api/v1/shops/shop-a/queue", "/api/v1/items/" + itemA)) {
      Response r = given().redirects().follow(false).get(path);
      assertThat(r.statusCode()).as(path).isIn(302, 401);
      if (r.statusCode() == 302) {
        assertThat(r.header("Location")).as(path).endsWith("/login");
      }
    }
    Response anonymousPost =
        given()
            .redirects()
            .follow(false)
            .contentType("application/json")
            .body(answer)
            .post("/api/v1/items/" + itemA + "/decisions");
    assertThat(anonymousPost.statusCode()).isIn(302, 401, 403);

    Session revA = Session.login("rev-a", PASSWORD);
    // Another shop: listing is forbidden, its items do not exist for this reviewer.
    assertThat(revA.get("/api/v1/shops/shop-b/queue").statusCode()).isEqualTo(403);
    assertThat(revA.get("/api/v1/items/" + itemB).statusCode()).isEqualTo(404);
    assertThat(revA.get("/api/v1/items/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(revA.post("/api/v1/items/" + itemB + "/claim", null).statusCode()).isEqualTo(404);
    Response foreign = revA.post("/api/v1/items/" + itemB + "/decisions", answer);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(foreign.asString()).doesNotContain("q-api-shop-b");

    // A viewer reads but does not decide.
    Session viewer = Session.login("view-a", PASSWORD);
    assertThat(viewer.get("/api/v1/items/" + itemA).statusCode()).isEqualTo(200);
    assertThat(viewer.post("/api/v1/items/" + itemA + "/decisions", answer).statusCode())
        .isEqualTo(403);
    assertThat(viewer.post("/api/v1/items/" + itemA + "/claim", null).statusCode()).isEqualTo(403);

    // No CSRF token: refused, nothing decided.
    Response noCsrf = revA.postWithoutCsrf("/api/v1/items/" + itemA + "/decisions", answer);
    assertThat(noCsrf.statusCode()).isIn(400, 403);
    assertThat(Fixtures.count(ds, "select count(*) from decisions where item_id = ?", itemA))
        .isZero();

    // Admin routes.
    Map<String, Object> newUser =
        Map.of(
            "username",
            "new-a",
            "password",
            "another long password",
            "grants",
            Map.of("shop-a", "viewer"));
    assertThat(revA.post("/api/v1/admin/users", newUser).statusCode()).isEqualTo(403);
    Session admin = Session.login("admin", PASSWORD);
    assertThat(admin.postWithoutCsrf("/api/v1/admin/users", newUser).statusCode()).isIn(400, 403);
    assertThat(admin.post("/api/v1/admin/users", newUser).statusCode()).isEqualTo(201);
    assertThat(
            Session.login("new-a", "another long password")
                .get("/api/v1/shops/shop-a/queue")
                .statusCode())
        .isEqualTo(200);
  }

  @Test
  void fiveFailedLoginsLockTheAccount() throws Exception {
    for (int i = 0; i < 5; i++) {
      Response r = Session.attempt("locky", "wrong password " + i);
      assertThat(r.getCookie("qa-session")).isNull();
    }
    // The right password no longer works while the lock holds.
    assertThat(Session.attempt("locky", PASSWORD).getCookie("qa-session")).isNull();
    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from console_users where username = 'locky'"
                    + " and failed_logins >= 5 and locked_until > now() + interval '10 minutes'"))
        .isEqualTo(1);
    users.unlock("locky");
    assertThat(Session.attempt("locky", PASSWORD).getCookie("qa-session")).isNotBlank();
  }

  @Test
  void responsesCarrySecurityHeadersAndTheSessionCookieIsHttpOnlyStrict() {
    Response login = Session.attempt("rev-a", PASSWORD);
    String setCookie =
        login.headers().getValues("Set-Cookie").stream()
            .filter(c -> c.startsWith("qa-session="))
            .findFirst()
            .orElseThrow();
    assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
    Response r = given().redirects().follow(false).get("/api/v1/me");
    assertThat(r.header("Content-Security-Policy"))
        .contains("frame-ancestors 'none'")
        .contains("script-src 'self'")
        .doesNotContain("unsafe-inline");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
  }

  @Test
  void aFollowUpItemShowsTheAuditedQuestionInTheApiAsOnItsPage() throws Exception {
    String text = "배송은 언제 되나요? 연락처는 [PHONE]";
    UUID item = Fixtures.followUpItem(ds, "q-api-follow-text", "shop-a");
    Fixtures.auditedQuestion(ds, "q-api-follow-text", "shop-a", text);
    UUID held = Fixtures.heldItem(ds, "q-api-held-text", "shop-a", "초안");
    Fixtures.auditedQuestion(ds, "q-api-held-text", "shop-a", "the audit's copy, not the item's");
    Session viewer = Session.login("view-a", PASSWORD);

    assertThat(viewer.get("/api/v1/items/" + item).jsonPath().getString("question"))
        .isEqualTo(text);
    Response queue = viewer.get("/api/v1/shops/shop-a/queue?limit=200");
    assertThat(queue.jsonPath().getString("items.find { it.itemId == '" + item + "' }.question"))
        .isEqualTo(text);
    // The item's own copy (a held draft's, from its review task) comes first.
    assertThat(viewer.get("/api/v1/items/" + held).jsonPath().getString("question"))
        .isEqualTo("공휴일 표시되나요?");
    // The page reads the item through the same store.
    assertThat(viewer.get("/items/" + item).asString()).contains("배송은 언제 되나요? 연락처는 [PHONE]");
  }

  @Test
  void withoutOidcSettingsFormLoginIsAloneAndTheSsoPathSignsNoOneIn() {
    assertThat(given().get("/login").asString()).doesNotContain("/login/oidc");
    Response sso = given().redirects().follow(false).get("/login/oidc");
    assertThat(sso.statusCode()).isNotIn(200, 303);
    assertThat(sso.getCookies()).doesNotContainKeys("q_session", "qa-session");
  }
}
