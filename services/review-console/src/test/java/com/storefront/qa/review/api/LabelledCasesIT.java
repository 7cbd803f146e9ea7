package com.storefront.qa.review.api;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.moderation.cli.LabelledCase;
import com.storefront.qa.review.app.InfrastructureResource;
import com.storefront.qa.review.security.Grants;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.security.UserStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every staff verdict on a draft is a labelled case, exported as a corpus that {@code moderation
 * eval} reads; and the API is described by OpenAPI.
 */
@QuarkusTest
@WithTestResource(InfrastructureResource.class)
class LabelledCasesIT {
  static final String PASSWORD = "correct horse battery";

  @Inject DataSource ds;
  @Inject UserStore users;

  @Test
  void editsAndRejectsBecomeAnEvalCorpus() throws Exception {
    users.create("rev-l", PASSWORD, new Grants(Map.of("shop-l", Role.REVIEWER)));
    users.create("admin-l", PASSWORD, new Grants(Map.of("shop-l", Role.ADMIN)));
    UUID edited = Fixtures.heldItem(ds, "q-l-edit", "shop-l", "네, 내일 도착합니다.");
    UUID rejected = Fixtures.heldItem(ds, "q-l-reject", "shop-l", "100% 방수입니다.");
    UUID approved = Fixtures.heldItem(ds, "q-l-ok", "shop-l", "담당자가 확인 후 안내드리겠습니다.");
    Session rev = Session.login("rev-l", PASSWORD);
    assertThat(
            rev.post(
                    "/api/v1/items/" + edited + "/decisions",
                    Map.of("decision", "EDIT", "version", 1, "text", "배송 일정은 확인 후 안내드리겠습니다."))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            rev.post(
                    "/api/v1/items/" + rejected + "/decisions",
                    Map.of("decision", "REJECT", "version", 1, "reason", "UNVERIFIED_CLAIM"))
                .statusCode())
        .isEqualTo(201);
    assertThat(
            rev.post(
                    "/api/v1/items/" + approved + "/decisions",
                    Map.of("decision", "APPROVE", "version", 1))
                .statusCode())
        .isEqualTo(201);

    assertThat(rev.get("/api/v1/shops/shop-l/labelled-cases").statusCode()).isEqualTo(403);
    Response export = Session.login("admin-l", PASSWORD).get("/api/v1/shops/shop-l/labelled-cases");
    assertThat(export.statusCode()).isEqualTo(200);
    List<String> lines = export.asString().lines().toList();
    assertThat(lines).hasSize(3);
    List<LabelledCase> cases = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      cases.add(LabelledCase.parse(i + 1, lines.get(i))); // what moderation eval reads
    }
    assertThat(cases)
        .filteredOn(c -> c.reply().equals("네, 내일 도착합니다."))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.hold()).isTrue();
              assertThat(c.kind()).isEqualTo("staff-edited");
            });
    assertThat(cases)
        .filteredOn(c -> c.reply().equals("100% 방수입니다."))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.hold()).isTrue();
              assertThat(c.reasons()).containsExactly("UNVERIFIED_CLAIM");
            });
    assertThat(cases)
        .filteredOn(c -> c.reply().equals("담당자가 확인 후 안내드리겠습니다."))
        .singleElement()
        .satisfies(c -> assertThat(c.hold()).isFalse());
  }

  @Test
  void theApiIsDescribedByOpenApi() {
    String doc = given().get("/q/openapi?format=json").asString();
    assertThat(doc)
        .contains("/api/v1/shops/{shopId}/queue")
        .contains("/api/v1/items/{itemId}/decisions")
        .contains("/api/v1/items/{itemId}/claim")
        .contains("/api/v1/admin/erasures");
  }
}
