package com.storefront.qa.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.review.decide.DecisionPublisher;
import com.storefront.qa.review.decide.DecisionRequest;
import com.storefront.qa.review.decide.DecisionResult;
import com.storefront.qa.review.decide.DecisionService;
import com.storefront.qa.review.decide.Outbox;
import com.storefront.qa.review.decide.OutboxDrain;
import com.storefront.qa.review.decide.StaffDecision;
import com.storefront.qa.review.model.ReviewItem;
import com.storefront.qa.review.model.ReviewItemStore;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Staff decisions end to end on a real broker, PostgreSQL and the real orchestrator topology: the
 * audit writer feeds review items; the console's decision service writes decision + outbox in one
 * transaction; the outbox relay publishes to {@code qa.review.decisions.v1}; the orchestrator turns
 * each publishing decision into exactly one STAFF revision, which the audit records. Covers
 * approve, edit, reject (no revision), the follow-up answer to an auto-answered question, a retried
 * request (same idempotency key), a console that died after committing the decision (relay not
 * running) and a relay that died after sending but before marking the event published.
 */
class StaffDecisionsEndToEndIT {
  static final String SHOP = "hanbit-market";
  static final String DEGENERATE = ModerationEndToEndIT.DEGENERATE;
  static final String POLITE = "문의해 주셔서 감사합니다. 담당자가 확인한 뒤 정확히 안내해 드리겠습니다.";

  @TempDir static Path work;
  static InProcessPipeline pipeline;

  @BeforeAll
  static void start() {
    pipeline =
        InProcessPipeline.start(InProcessPipeline.Options.defaults(work).withGenerationNoWorker());
  }

  @AfterAll
  static void stop() {
    if (pipeline != null) {
      pipeline.close();
    }
  }

  @Test
  void eachPublishingDecisionIsExactlyOneStaffRevision() throws Exception {
    String b = pipeline.bootstrapServers();
    List<String> held = List.of("q-e2e-approve", "q-e2e-edit", "q-e2e-reject");
    List<String> answered = List.of("q-e2e-follow", "q-e2e-crash", "q-e2e-down");
    try (Events.Collector<AnswerEvent> answers =
            new Events.Collector<>(b, Topics.ANSWERS, AnswerEvent.class, AnswerEvent::questionId);
        Events.Collector<GenerationRequest> requests =
            new Events.Collector<>(
                b,
                Topics.GENERATION_REQUESTS,
                GenerationRequest.class,
                GenerationRequest::questionId);
        KafkaProducer<byte[], byte[]> producer = Events.producer(b)) {
      for (String id : concat(held, answered)) {
        producer.send(Events.record(Events.question(id, SHOP, "ko-KR", "이 다이어리에 공휴일이 표시되나요?")));
      }
      producer.flush();
      Events.await("generation requests", Duration.ofSeconds(60), () -> requests.distinct() >= 6);
      // Play the worker: noise for the held ones (held at output), a polite reply for the others.
      var byId = requests.byId(GenerationRequest::questionId);
      for (String id : held) {
        producer.send(ModerationEndToEndIT.result(byId.get(id).get(0), DEGENERATE, -0.05));
      }
      for (String id : answered) {
        producer.send(ModerationEndToEndIT.result(byId.get(id).get(0), POLITE, -0.4));
      }
      producer.flush();

      // The audit feeds one review item per question.
      Events.await(
          "review items",
          Duration.ofSeconds(60),
          () ->
              pipeline.count("review_items", "question_id like 'q-e2e-%'") == 6
                  && pipeline.count(
                          "review_items", "question_id like 'q-e2e-%' and reason = 'HELD'")
                      >= 3);
      Map<String, UUID> items = itemIds();
      ReviewItemStore store = new ReviewItemStore(pipeline.dataSource());
      DecisionService decisions = new DecisionService(pipeline.dataSource());
      OutboxDrain drain = new OutboxDrain(pipeline.dataSource());

      ReviewItem approve = store.find(items.get("q-e2e-approve")).orElseThrow();
      assertThat(approve.reason()).isEqualTo("HELD");
      assertThat(approve.draftReply()).isEqualTo(DEGENERATE);
      decide(decisions, approve, StaffDecision.APPROVE, null, null, "k-approve");
      // The same request again (a retry after a timeout): the first decision, nothing new.
      DecisionResult retry =
          decide(decisions, approve, StaffDecision.APPROVE, null, null, "k-approve");
      assertThat(retry.replayed()).isTrue();
      decide(
          decisions,
          item(store, items, "q-e2e-edit"),
          StaffDecision.EDIT,
          "네, 2026년 공휴일이 표시됩니다.",
          null,
          null);
      decide(
          decisions,
          item(store, items, "q-e2e-reject"),
          StaffDecision.REJECT,
          null,
          "DEGENERATE",
          null);
      decide(
          decisions,
          item(store, items, "q-e2e-follow"),
          StaffDecision.ANSWER,
          "확인해 보니 표시됩니다.",
          null,
          null);
      decide(
          decisions, item(store, items, "q-e2e-crash"), StaffDecision.ANSWER, "재시도 답변", null, null);
      decide(
          decisions, item(store, items, "q-e2e-down"), StaffDecision.ANSWER, "다운 후 답변", null, null);
      // No relay has run yet: as if the console died right after committing. Nothing is lost.
      assertThat(pending()).isEqualTo(6);

      try (DecisionPublisher publisher =
          new DecisionPublisher(producerProps(b), Duration.ofSeconds(30))) {
        // A relay that sends and dies before marking the events published ...
        try (Connection c = pipeline.dataSource().getConnection()) {
          c.setAutoCommit(false);
          publisher.send(Outbox.pending(c, OutboxDrain.BATCH));
          c.rollback();
        }
        assertThat(pending()).isEqualTo(6);
        // ... and the relay of a restarted console sends them all again.
        assertThat(drain.publishPending(publisher)).isEqualTo(6);
        assertThat(drain.publishPending(publisher)).isZero();
      }
      // Every decision (the reject too) is on the topic twice; the orchestrator applies each once.
      assertThat(Events.readAll(b, Topics.REVIEW_DECISIONS)).hasSize(12);

      Events.await("staff revisions", Duration.ofSeconds(60), () -> staff(answers).size() >= 5);
      Thread.sleep(2000); // a second revision, if any, would show up now
      List<AnswerEvent> staff = staff(answers);
      assertThat(staff)
          .extracting(AnswerEvent::questionId)
          .containsExactlyInAnyOrder(
              "q-e2e-approve", "q-e2e-edit", "q-e2e-follow", "q-e2e-crash", "q-e2e-down");
      assertThat(staff)
          .allSatisfy(
              a -> {
                assertThat(a.revision()).isEqualTo(2);
                assertThat(a.reviewer()).isEqualTo("mina@" + SHOP);
              });
      assertThat(staff)
          .filteredOn(a -> a.questionId().equals("q-e2e-approve"))
          .singleElement()
          .satisfies(a -> assertThat(a.text()).isEqualTo(DEGENERATE));
      assertThat(answers.byId(AnswerEvent::questionId).get("q-e2e-reject")).hasSize(1);
    }

    // The audit has each staff revision once, and the feed marks the items answered.
    Events.await(
        "audited staff revisions",
        Duration.ofSeconds(60),
        () ->
            pipeline.count("answers", "source = 'STAFF' and question_id like 'q-e2e-%'") == 5
                && pipeline.count("review_items", "state = 'ANSWERED' and customer_revision = 2")
                    >= 5);
    assertThat(pipeline.count("answers", "question_id = 'q-e2e-reject'")).isEqualTo(1);
    assertThat(
            pipeline.count(
                "review_items",
                "question_id = 'q-e2e-reject' and state = 'OPEN' and reason = 'FOLLOW_UP'"))
        .isEqualTo(1);
    assertThat(pipeline.count("review_decisions", "question_id like 'q-e2e-%'")).isEqualTo(6);
    assertThat(pipeline.count("staff_actions", "question_id like 'q-e2e-%'")).isEqualTo(6);
  }

  private static DecisionResult decide(
      DecisionService service,
      ReviewItem item,
      StaffDecision decision,
      String text,
      String reason,
      String key) {
    return service.decide(
        new DecisionRequest(
            item.itemId(), decision, item.version(), text, reason, key, "mina@" + SHOP));
  }

  private static ReviewItem item(ReviewItemStore store, Map<String, UUID> items, String id) {
    return store.find(items.get(id)).orElseThrow();
  }

  private static List<AnswerEvent> staff(Events.Collector<AnswerEvent> answers) {
    return answers.byId(AnswerEvent::questionId).values().stream()
        .flatMap(List::stream)
        .filter(a -> a.questionId().startsWith("q-e2e-") && a.source() == AnswerSource.STAFF)
        .toList();
  }

  private static Map<String, UUID> itemIds() throws Exception {
    Map<String, UUID> ids = new HashMap<>();
    try (Connection c = pipeline.dataSource().getConnection();
        PreparedStatement ps =
            c.prepareStatement(
                "select question_id, item_id from review_items where question_id like 'q-e2e-%'");
        ResultSet rs = ps.executeQuery()) {
      while (rs.next()) {
        ids.put(rs.getString(1), rs.getObject(2, UUID.class));
      }
    }
    return ids;
  }

  private static long pending() {
    return pipeline.count("decision_outbox", "published_at is null");
  }

  private static Properties producerProps(String bootstrap) {
    Properties p = new Properties();
    p.put("bootstrap.servers", bootstrap);
    return p;
  }

  private static List<String> concat(List<String> a, List<String> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
