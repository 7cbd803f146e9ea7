package com.storefront.qa.review.decide;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.review.web.Fixtures;
import com.storefront.qa.review.web.Orchestrator;
import com.storefront.qa.testkit.KafkaBroker;
import com.storefront.qa.testkit.Postgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The console process SIGKILLed while a client streams decisions at it, on a real broker,
 * PostgreSQL and the orchestrator topology: after a restart and the client's retries (same
 * Idempotency-Key) every decided item has exactly one STAFF revision on storefront.answers.v1 and
 * one in the audit, not zero and not two. The relay pauses 2 s between empty polls (a setting), so
 * the kill finds decisions committed but not yet sent; in-flight requests die with the process.
 */
class ConsoleKillIT {
  private static final int PER_KIND = 8;
  private static final String ADMIN_PASSWORD = "kill-it-admin-password";
  private static final String DRAFT = "It ships tomorrow, guaranteed.";
  private static final List<ModerationReason> REASONS =
      List.of(new ModerationReason("DEFINITIVE_CLAIM", "guaranteed", 19, 29));

  /** One decision the client makes: the item, what it sends, what the customer must get. */
  private record Planned(String questionId, UUID itemId, Map<String, Object> body, String text) {
    String key() {
      return "kill-it-" + itemId;
    }
  }

  @Test
  void aKilledConsoleLosesNoDecisionAndPublishesNoneTwice() throws Exception {
    try (KafkaBroker broker = KafkaBroker.start();
        Postgres pg = Postgres.start()) {
      broker.createSystemTopics(2);
      String bootstrap = broker.bootstrapServers();
      DataSource db = pg.dataSource();
      ConsoleProcess console = console(bootstrap, pg);
      try (Orchestrator orchestrator = Orchestrator.start(bootstrap)) {
        console.start(Duration.ofSeconds(90));
        List<Planned> plan = items(new Fixtures(db, bootstrap), db);
        ConsoleClient client = new ConsoleClient(console);
        client.signIn("admin", ADMIN_PASSWORD);
        plan = withVersions(plan, client);

        Map<UUID, Integer> seen = streamAndKill(plan, client, console, db);
        long unpublishedAtKill =
            count(db, "select count(*) from decision_outbox where published_at is null");
        long committedAtKill = count(db, "select count(*) from decisions");
        System.out.printf(
            "killed: %d of %d answers seen, %d decisions committed, %d not yet sent%n",
            seen.size(), plan.size(), committedAtKill, unpublishedAtKill);
        assertThat(seen.size()).as("the kill cut the stream").isLessThan(plan.size());
        assertThat(unpublishedAtKill)
            .as("decisions committed but not sent at the kill")
            .isPositive();

        console.start(Duration.ofSeconds(90));
        int replayed = retryUnseen(plan, seen, client);
        System.out.printf("after restart: %d retries replayed a committed decision%n", replayed);

        assertExactlyOneStaffRevisionEach(plan, bootstrap, db);
      } finally {
        console.stop();
      }
    }
  }

  private static ConsoleProcess console(String bootstrap, Postgres pg) throws Exception {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("kafka.bootstrap.servers", bootstrap);
    props.put("quarkus.datasource.jdbc.url", pg.jdbcUrl());
    props.put("quarkus.datasource.username", Postgres.USER);
    props.put("qa.console.secure-cookies", "false");
    props.put("qa.console.relay.interval", "2s");
    props.put("quarkus.otel.sdk.disabled", "true");
    // The killed console never leaves the audit's consumer group: with Kafka's default 45 s
    // session its successor's audit writer would wait that long for its partitions.
    props.put("qa.audit.consumer.\"session.timeout.ms\"", "6000");
    props.put("qa.audit.consumer.\"heartbeat.interval.ms\"", "2000");
    // Test-only secrets, in the environment as a deployment passes them.
    Map<String, String> env =
        Map.of(
            "QA_CONSOLE_FIRST_ADMIN_PASSWORD", ADMIN_PASSWORD,
            "QA_AUDIT_CUSTOMER_REF_KEY", "INSECURE-kill-it-customer-ref-key-0123456789",
            "QUARKUS_HTTP_AUTH_SESSION_ENCRYPTION_KEY", "INSECURE-kill-it-session-key-0123456789");
    return new ConsoleProcess(props, env, Path.of("target", "console-kill-it", "console.log"));
  }

  /** Held drafts to approve and to edit, auto-answered questions to answer: made through Kafka. */
  private static List<Planned> items(Fixtures fx, DataSource db) throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 6);
    List<String[]> made = new ArrayList<>();
    for (int i = 0; i < PER_KIND * 3; i++) {
      String kind = i < PER_KIND ? "approve" : i < 2 * PER_KIND ? "edit" : "answer";
      String q = "q-kill-" + run + "-" + kind + "-" + i;
      fx.publish(
          q,
          "shop-kill",
          "Lamp " + i,
          "Question " + i + "?",
          "answer".equals(kind) ? null : DRAFT,
          "answer".equals(kind) ? List.of() : REASONS);
      made.add(new String[] {q, kind});
    }
    List<Planned> plan = new ArrayList<>();
    for (String[] m : made) {
      UUID item = fx.itemOf(m[0], Duration.ofSeconds(45));
      plan.add(
          switch (m[1]) {
            case "approve" -> new Planned(m[0], item, Map.of("decision", "APPROVE"), DRAFT);
            case "edit" ->
                new Planned(
                    m[0],
                    item,
                    Map.of("decision", "EDIT", "text", "Edited " + m[0]),
                    "Edited " + m[0]);
            default ->
                new Planned(
                    m[0],
                    item,
                    Map.of("decision", "ANSWER", "text", "Answer " + m[0]),
                    "Answer " + m[0]);
          });
    }
    // The acknowledgement's audit row and the review task each change an item's version: decide
    // once both arrived (held drafts HELD, every customer holding revision 1).
    await(
        db,
        "select count(*) from review_items where question_id like ? and customer_revision >= 1"
            + " and (reason = 'HELD' or question_id like '%-answer-%')",
        plan.size(),
        Duration.ofSeconds(45),
        "q-kill-" + run + "-%");
    return plan;
  }

  private static List<Planned> withVersions(List<Planned> plan, ConsoleClient client)
      throws Exception {
    List<Planned> out = new ArrayList<>();
    for (Planned p : plan) {
      Map<String, Object> body = new LinkedHashMap<>(p.body());
      body.put("version", client.version(p.itemId()));
      out.add(new Planned(p.questionId(), p.itemId(), body, p.text()));
    }
    return out;
  }

  /**
   * Sends every decision from four threads and SIGKILLs the console once a third of the answers
   * came back and the outbox holds a committed decision the relay has not sent yet.
   *
   * @return the status of each request whose answer the client saw
   */
  private static Map<UUID, Integer> streamAndKill(
      List<Planned> plan, ConsoleClient client, ConsoleProcess console, DataSource db)
      throws Exception {
    Map<UUID, Integer> seen = new ConcurrentHashMap<>();
    AtomicInteger lost = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    for (Planned p : plan) {
      pool.submit(
          () -> {
            try {
              seen.put(p.itemId(), client.decide(p.itemId(), p.key(), p.body()).statusCode());
            } catch (Exception e) {
              lost.incrementAndGet();
            }
          });
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline
        && !(seen.size() >= plan.size() / 3
            && count(db, "select count(*) from decision_outbox where published_at is null") > 0)) {
      Thread.sleep(2);
    }
    console.kill();
    pool.shutdown();
    System.out.printf(
        "SIGKILL with %d answers seen, %d requests failed so far%n", seen.size(), lost.get());
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(seen.values()).as("answers before the kill").containsOnly(201);
    return Map.copyOf(seen);
  }

  /** Sends again, unchanged, every decision whose answer the client never saw. */
  private static int retryUnseen(List<Planned> plan, Map<UUID, Integer> seen, ConsoleClient client)
      throws Exception {
    int replayed = 0;
    for (Planned p : plan) {
      if (!seen.containsKey(p.itemId())) {
        HttpResponse<String> r = client.decide(p.itemId(), p.key(), p.body());
        assertThat(r.statusCode()).as(r.body()).isIn(200, 201);
        if (r.statusCode() == 200) {
          assertThat(ConsoleClient.json(r).get("replayed").asBoolean()).isTrue();
          replayed++;
        }
      }
    }
    return replayed;
  }

  private static void assertExactlyOneStaffRevisionEach(
      List<Planned> plan, String bootstrap, DataSource db) throws Exception {
    Map<String, List<AnswerEvent>> staff =
        StaffRevisions.of(
            bootstrap,
            plan.stream().map(Planned::questionId).collect(Collectors.toSet()),
            Duration.ofSeconds(60),
            Duration.ofSeconds(4));
    for (Planned p : plan) {
      assertThat(staff.get(p.questionId())).as(p.questionId()).hasSize(1);
      AnswerEvent a = staff.get(p.questionId()).get(0);
      assertThat(a.text()).as(p.questionId()).isEqualTo(p.text());
      assertThat(a.reviewer()).isEqualTo("admin");
      assertThat(a.revision()).isEqualTo(2);
    }
    String ours = "question_id in (select question_id from review_items where item_id = any(?))";
    UUID[] ids = plan.stream().map(Planned::itemId).toArray(UUID[]::new);
    await(
        db,
        "select count(*) from answers where source = 'STAFF' and " + ours,
        plan.size(),
        Duration.ofSeconds(60),
        (Object) ids);
    assertThat(
            count(
                db,
                "select count(*) from (select question_id from answers where source = 'STAFF' and "
                    + ours
                    + " group by question_id having count(*) = 1) x",
                (Object) ids))
        .isEqualTo(plan.size());
    assertThat(
            count(
                db,
                "select count(*) from (select item_id from decisions where item_id = any(?) group by item_id having count(*) = 1) x",
                (Object) ids))
        .isEqualTo(plan.size());
    assertThat(count(db, "select count(*) from decisions where item_id = any(?)", (Object) ids))
        .isEqualTo(plan.size());
    assertThat(
            count(
                db,
                "select count(*) from staff_actions where item_id = any(?) and action in ('APPROVE', 'EDIT', 'ANSWER')",
                (Object) ids))
        .isEqualTo(plan.size());
  }

  private static void await(
      DataSource db, String sql, long expected, Duration within, Object... args) throws Exception {
    long deadline = System.nanoTime() + within.toNanos();
    long n;
    while ((n = count(db, sql, args)) < expected) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError(n + " of " + expected + " within " + within + ": " + sql);
      }
      Thread.sleep(100);
    }
  }

  private static long count(DataSource db, String sql, Object... args) throws SQLException {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < args.length; i++) {
        if (args[i] instanceof UUID[] ids) {
          ps.setArray(i + 1, c.createArrayOf("uuid", ids));
        } else {
          ps.setObject(i + 1, args[i]);
        }
      }
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
