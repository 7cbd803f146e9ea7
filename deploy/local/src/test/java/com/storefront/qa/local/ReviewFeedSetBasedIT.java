package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.audit.AuditRepository;
import com.storefront.qa.audit.AuditRow;
import com.storefront.qa.audit.AuditTable;
import com.storefront.qa.audit.RowListener;
import com.storefront.qa.review.model.ReviewFeed;
import com.storefront.qa.testkit.Postgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The set-based {@link ReviewFeed} (one statement per kind of row and batch) leaves exactly the
 * review items the row-by-row feed did ({@link RowByRowReviewFeed}), on a real PostgreSQL through
 * the real {@link AuditRepository}: seeded random batches of questions, review tasks, model and
 * staff answers and shop policies, in any order, with the same question several times in one batch
 * and events repeated across batches.
 */
class ReviewFeedSetBasedIT {
  private static final Instant T0 = Instant.parse("2026-12-02T09:00:00.123456789Z");
  private static Postgres postgres;

  @BeforeAll
  static void startDatabase() {
    postgres = Postgres.start();
    Flyway.configure()
        .dataSource(postgres.dataSource())
        .locations("classpath:db/migration", "classpath:db/console")
        .outOfOrder(true)
        .load()
        .migrate();
  }

  @AfterAll
  static void stopDatabase() {
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void setBasedFeedEqualsRowByRowFeedOnRandomBatches() throws SQLException {
    int items = 0;
    for (long seed = 1; seed <= 12; seed++) {
      List<List<AuditRow>> batches = batches(new Random(seed));
      List<String> expected = run(new RowByRowReviewFeed(), batches);
      List<String> actual = run(new ReviewFeed(), batches);
      assertThat(actual).as("review items, seed %d", seed).isEqualTo(expected);
      items += expected.size();
    }
    assertThat(items).as("the scenarios made review items").isGreaterThan(100);
  }

  private static List<String> run(RowListener feed, List<List<AuditRow>> batches)
      throws SQLException {
    DataSource ds = postgres.dataSource();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("truncate review_items, questions, answers, review_tasks, shop_policies");
    }
    AuditRepository repository = new AuditRepository(ds, feed);
    for (List<AuditRow> batch : batches) {
      repository.write(batch);
    }
    List<String> rows = new ArrayList<>();
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "select question_id, shop_id, product_id, locale, reason, state, task_id,"
                    + " question_masked, draft_reply, stage, moderation_reasons, no_reply_sent,"
                    + " customer_revision, customer_text, customer_ref_hash, asked_at, opened_at,"
                    + " follow_up_due_at, claimed_by, version from review_items"
                    + " order by question_id")) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          sb.append(rs.getString(i)).append('|');
        }
        rows.add(sb.toString());
      }
    }
    return rows;
  }

  /** Random events for a few dozen questions, cut into batches of 1-40 rows. */
  private static List<List<AuditRow>> batches(Random rnd) {
    List<AuditRow> events = new ArrayList<>();
    long[] offset = {0};
    String[] shops = {"shop-a", "shop-b", "shop-c"};
    events.add(policy(shops[0], "{\"followUpTargetHours\": 4}", offset));
    events.add(policy(shops[1], "{\"followUpTargetHours\": \"x\"}", offset));
    for (int q = 0; q < 40; q++) {
      String qid = "q-" + q;
      String shop = shops[rnd.nextInt(shops.length)];
      Instant asked = T0.plusMillis(rnd.nextInt(100_000)).plusNanos(rnd.nextInt(1_000_000));
      events.add(question(qid, shop, asked, offset));
      if (rnd.nextInt(3) == 0) {
        events.add(task(qid, shop, qid + "#input", rnd.nextBoolean(), asked, offset));
      }
      if (rnd.nextInt(4) == 0) {
        events.add(task(qid, shop, qid + "#output", rnd.nextBoolean(), asked, offset));
      }
      if (rnd.nextInt(5) != 0) {
        events.add(answer(qid, shop, 1, rnd.nextBoolean() ? "MODEL" : "FALLBACK", asked, offset));
      }
      for (int rev = 2; rev <= 3; rev++) {
        if (rnd.nextInt(3) == 0) {
          events.add(answer(qid, shop, rev, "STAFF", asked, offset));
        }
      }
    }
    List<AuditRow> shuffled = new ArrayList<>(events);
    Collections.shuffle(shuffled, rnd);
    for (int i = 0; i < 15; i++) { // redelivered events
      shuffled.add(rnd.nextInt(shuffled.size()), events.get(rnd.nextInt(events.size())));
    }
    List<List<AuditRow>> batches = new ArrayList<>();
    for (int i = 0; i < shuffled.size(); ) {
      int n = 1 + rnd.nextInt(40);
      batches.add(new ArrayList<>(shuffled.subList(i, Math.min(shuffled.size(), i + n))));
      i += n;
    }
    return batches;
  }

  private static AuditRow question(String qid, String shop, Instant asked, long[] offset) {
    Map<String, Object> v = new HashMap<>();
    v.put("question_id", qid);
    v.put("shop_id", shop);
    v.put("product_id", "p-1");
    v.put("locale", "ko-KR");
    v.put("text_masked", "사이즈 문의");
    v.put("asked_at", asked);
    v.put("customer_ref_hash", "k1:" + qid.hashCode());
    return row(AuditTable.QUESTIONS, v, offset);
  }

  private static AuditRow task(
      String qid, String shop, String taskId, boolean acked, Instant asked, long[] offset) {
    Map<String, Object> v = new HashMap<>();
    v.put("task_id", taskId);
    v.put("question_id", qid);
    v.put("shop_id", shop);
    v.put("product_id", "p-1");
    v.put("locale", "ko-KR");
    v.put("question_masked", "사이즈 문의");
    v.put("draft_reply", taskId.endsWith("output") ? "draft for " + qid : null);
    v.put("stage", taskId.endsWith("output") ? "OUTPUT" : "INPUT");
    v.put("verdict", "HOLD");
    v.put("reasons", "[\"PII\"]");
    v.put("fallback_answer_id", acked ? qid + "#r1" : null);
    v.put("created_at", asked.plusSeconds(1));
    return row(AuditTable.REVIEW_TASKS, v, offset);
  }

  private static AuditRow answer(
      String qid, String shop, int revision, String source, Instant asked, long[] offset) {
    Map<String, Object> v = new HashMap<>();
    v.put("answer_id", qid + "#r" + revision);
    v.put("question_id", qid);
    v.put("shop_id", shop);
    v.put("product_id", "p-1");
    v.put("revision", revision);
    v.put("text", source + " reply " + revision);
    v.put("locale", "ko-KR");
    v.put("source", source);
    v.put("answered_at", asked.plusSeconds(2L * revision));
    v.put("reviewer", "STAFF".equals(source) ? "kim" : null);
    return row(AuditTable.ANSWERS, v, offset);
  }

  private static AuditRow policy(String shop, String json, long[] offset) {
    Map<String, Object> v = new HashMap<>();
    v.put("shop_id", shop);
    v.put("policy", json);
    v.put("deleted", false);
    return row(AuditTable.SHOP_POLICIES, v, offset);
  }

  private static AuditRow row(AuditTable table, Map<String, Object> v, long[] offset) {
    return new AuditRow(table, v, "t", 0, offset[0]++);
  }
}
