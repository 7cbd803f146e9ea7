package com.storefront.qa.review.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.review.app.InfrastructureResource;
import com.storefront.qa.review.retention.RetentionService;
import com.storefront.qa.review.security.Grants;
import com.storefront.qa.review.security.Role;
import com.storefront.qa.review.security.UserStore;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The retention purge by shop policy, and an admin's erasure of one customer, on PostgreSQL. */
@QuarkusTest
@WithTestResource(InfrastructureResource.class)
class RetentionAndErasureIT {
  static final String PASSWORD = "correct horse battery";

  @Inject DataSource ds;
  @Inject UserStore users;
  @Inject RetentionService retention;

  @Test
  void purgeDeletesWhatIsOlderThanTheShopsRetentionAndKeepsOpenItems() throws Exception {
    exec(
        "insert into shop_policies (shop_id, policy, source_topic, source_partition, source_offset)"
            + " values ('shop-short', '{\"shopId\":\"shop-short\",\"retentionDays\":30}', 't', 0, 1)",
        // 40 days old: beyond shop-short's 30 days, within the 365-day default of shop-long.
        "insert into questions (question_id, shop_id, text_masked, asked_at, source_topic,"
            + " source_partition, source_offset, recorded_at) values"
            + " ('q-r-old', 'shop-short', 'x', now(), 't', 0, 1, now() - interval '40 days'),"
            + " ('q-r-new', 'shop-short', 'x', now(), 't', 0, 2, now() - interval '2 days'),"
            + " ('q-r-long', 'shop-long', 'x', now(), 't', 0, 3, now() - interval '40 days')",
        "insert into review_items (question_id, shop_id, reason, state, updated_at) values"
            + " ('q-r-old', 'shop-short', 'FOLLOW_UP', 'ANSWERED', now() - interval '40 days'),"
            + " ('q-r-open', 'shop-short', 'FOLLOW_UP', 'OPEN', now() - interval '40 days')");

    Map<String, Integer> deleted = retention.purge();

    assertThat(deleted.get("questions")).isEqualTo(1);
    assertThat(deleted.get("review_items")).isEqualTo(1);
    assertThat(Fixtures.count(ds, "select count(*) from questions where question_id like 'q-r-%'"))
        .isEqualTo(2);
    assertThat(Fixtures.count(ds, "select count(*) from questions where question_id = 'q-r-old'"))
        .isZero();
    assertThat(
            Fixtures.count(ds, "select count(*) from review_items where question_id = 'q-r-open'"))
        .as("an open item is never purged")
        .isEqualTo(1);
  }

  @Test
  void anAdminErasesOneCustomerAndTheErasureIsRecorded() throws Exception {
    users.create("eraser", PASSWORD, new Grants(Map.of(Grants.ALL_SHOPS, Role.ADMIN)));
    users.create("shop-admin", PASSWORD, new Grants(Map.of("shop-e", Role.ADMIN)));
    exec(
        "insert into questions (question_id, shop_id, text_masked, asked_at, customer_ref_hash,"
            + " source_topic, source_partition, source_offset) values"
            + " ('q-e-1', 'shop-e', 'x', now(), 'k1:victim', 't', 0, 11),"
            + " ('q-e-2', 'shop-e', 'x', now(), 'k1:victim', 't', 0, 12),"
            + " ('q-e-3', 'shop-e', 'x', now(), 'k1:other', 't', 0, 13)",
        "insert into answers (answer_id, question_id, shop_id, revision, text, source_topic,"
            + " source_partition, source_offset) values ('q-e-1#r1', 'q-e-1', 'shop-e', 1, 'a',"
            + " 't', 0, 21), ('q-e-3#r1', 'q-e-3', 'shop-e', 1, 'a', 't', 0, 22)",
        "insert into review_items (question_id, shop_id, reason, customer_ref_hash) values"
            + " ('q-e-1', 'shop-e', 'FOLLOW_UP', 'k1:victim')");
    Map<String, String> body = Map.of("customerRefHash", "k1:victim");

    assertThat(
            Session.login("shop-admin", PASSWORD).post("/api/v1/admin/erasures", body).statusCode())
        .isEqualTo(403);
    Session admin = Session.login("eraser", PASSWORD);
    assertThat(admin.postWithoutCsrf("/api/v1/admin/erasures", body).statusCode()).isIn(400, 403);
    Response r = admin.post("/api/v1/admin/erasures", body);
    assertThat(r.statusCode()).as(r.asString()).isEqualTo(200);
    assertThat(r.jsonPath().getInt("questions")).isEqualTo(2);

    assertThat(
            Fixtures.count(
                ds, "select count(*) from questions where customer_ref_hash = 'k1:victim'"))
        .isZero();
    assertThat(Fixtures.count(ds, "select count(*) from answers where question_id = 'q-e-1'"))
        .isZero();
    assertThat(Fixtures.count(ds, "select count(*) from review_items where question_id = 'q-e-1'"))
        .isZero();
    assertThat(Fixtures.count(ds, "select count(*) from answers where question_id = 'q-e-3'"))
        .isEqualTo(1);
    assertThat(
            Fixtures.count(
                ds,
                "select count(*) from erasure_log where customer_ref_hash = 'k1:victim'"
                    + " and requested_by = 'eraser' and questions = 2 and rows_deleted = 4"))
        .isEqualTo(1);
  }

  private void exec(String... sql) throws Exception {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.execute(q);
      }
    }
  }
}
