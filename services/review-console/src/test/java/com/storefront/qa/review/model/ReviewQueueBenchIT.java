package com.storefront.qa.review.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.testkit.Postgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Benchmark (prints figures; see docs/benchmarks.md): the queue query (a shop's open items, oldest
 * first, one page) and its counts by reason, on a real PostgreSQL 17 with 100,000 review items (the
 * busiest shop holding 40,000, 30,000 of them open). Asserts only what the queue returns.
 */
class ReviewQueueBenchIT {
  static final int ITEMS = 100_000;
  static final int RUNS = 200;
  static Postgres pg;

  @BeforeAll
  static void start() throws Exception {
    pg = Postgres.start();
    Flyway.configure()
        .dataSource(pg.dataSource())
        .locations("classpath:db/migration", "classpath:db/console")
        .outOfOrder(true)
        .load()
        .migrate();
    try (Connection c = pg.connect();
        Statement s = c.createStatement()) {
      // shop-0 gets 40 % of the items; the rest spread over 59 shops. A quarter is decided.
      s.execute(
          "insert into review_items (question_id, shop_id, reason, state, opened_at,"
              + " customer_revision, draft_reply, follow_up_due_at)"
              + " select 'q-' || i, case when i % 10 < 4 then 'shop-0' else 'shop-' || (1 + i % 59)"
              + " end, case when i % 3 = 0 then 'HELD' else 'FOLLOW_UP' end,"
              + " case when i % 4 = 0 then 'ANSWERED' else 'OPEN' end,"
              + " now() - make_interval(secs => i * 7), case when i % 11 = 0 then 0 else 1 end,"
              + " 'draft ' || i, now() - make_interval(secs => i * 7) + interval '24 hours'"
              + " from generate_series(1, "
              + ITEMS
              + ") i");
      // Steady state: autovacuum has run, so the counts can use an index-only scan.
      s.execute("vacuum analyze review_items");
    }
  }

  @AfterAll
  static void stop() {
    if (pg != null) {
      pg.close();
    }
  }

  @Test
  void queueAndCountsOfTheBusiestShop() {
    ReviewItemStore store = new ReviewItemStore(pg.dataSource());
    List<ReviewItem> page = store.queue("shop-0", 50, null);
    assertThat(page).hasSize(50);
    assertThat(page).allSatisfy(i -> assertThat(i.state()).isEqualTo("OPEN"));
    for (int i = 1; i < page.size(); i++) {
      assertThat(page.get(i).openedAt()).isAfterOrEqualTo(page.get(i - 1).openedAt());
    }
    Map<String, Long> counts = store.openCounts("shop-0");
    assertThat(counts.get("HELD") + counts.get("FOLLOW_UP")).isEqualTo(30_000);

    for (int i = 0; i < 20; i++) {
      store.queue("shop-0", 50, null);
      store.openCounts("shop-0");
    }
    long[] queue = new long[RUNS];
    long[] count = new long[RUNS];
    long[] next = new long[RUNS];
    var after = page.get(page.size() - 1).itemId();
    for (int i = 0; i < RUNS; i++) {
      long t0 = System.nanoTime();
      store.queue("shop-0", 50, null);
      long t1 = System.nanoTime();
      store.openCounts("shop-0");
      long t2 = System.nanoTime();
      store.queue("shop-0", 50, after);
      long t3 = System.nanoTime();
      queue[i] = t1 - t0;
      count[i] = t2 - t1;
      next[i] = t3 - t2;
    }
    System.out.printf(
        "review queue bench: %d items (shop-0: 40,000, 30,000 open), %d runs each, ms p50/p95/max:%n"
            + "  first page (50, oldest first): %s%n"
            + "  counts by reason:              %s%n"
            + "  next page (keyset):            %s%n"
            + "  first page + counts:           %s%n",
        ITEMS, RUNS, figures(queue), figures(count), figures(next), figures(sum(queue, count)));
  }

  private static long[] sum(long[] a, long[] b) {
    long[] s = new long[a.length];
    for (int i = 0; i < a.length; i++) {
      s[i] = a[i] + b[i];
    }
    return s;
  }

  private static String figures(long[] nanos) {
    long[] s = nanos.clone();
    Arrays.sort(s);
    return "%.2f / %.2f / %.2f"
        .formatted(s[s.length / 2] / 1e6, s[(int) (s.length * 0.95)] / 1e6, s[s.length - 1] / 1e6);
  }
}
