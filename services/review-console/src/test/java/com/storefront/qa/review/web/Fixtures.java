package com.storefront.qa.review.web;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.json.Json;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Test data for the browser tests, made the two ways production makes it: events on the real topics
 * (the audit writer and the review feed turn them into items), or, where a test needs many items at
 * once, the rows the feed would write.
 */
public final class Fixtures {
  private final DataSource db;
  private final String bootstrap;

  public Fixtures(DataSource db, String bootstrap) {
    this.db = db;
    this.bootstrap = bootstrap;
  }

  /**
   * A question on the storefront topic and, when {@code draft} is given, the review task the
   * orchestrator makes when moderation holds a draft. The orchestrator (acknowledge-only) answers
   * the question with the acknowledgement; the audit writer and the review feed make the item.
   */
  public void publish(
      String questionId,
      String shop,
      String product,
      String question,
      String draft,
      List<ModerationReason> reasons) {
    Properties p = new Properties();
    p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
    p.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
    try (KafkaProducer<String, byte[]> producer =
        new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
      Instant now = Instant.now();
      producer.send(
          new ProducerRecord<>(
              Topics.QUESTIONS,
              questionId,
              Json.toBytes(
                  new QuestionEvent(
                      QuestionEvent.SCHEMA_VERSION,
                      questionId,
                      shop,
                      "p-" + questionId,
                      product,
                      "ko-KR",
                      question,
                      now,
                      "customer-" + questionId))));
      if (draft != null) {
        producer.send(
            new ProducerRecord<>(
                Topics.REVIEW_TASKS,
                questionId,
                Json.toBytes(
                    new ReviewTask(
                        ReviewTask.SCHEMA_VERSION,
                        "task-" + questionId,
                        questionId,
                        shop,
                        "p-" + questionId,
                        "ko-KR",
                        question,
                        draft,
                        ModerationStage.OUTPUT,
                        Verdict.HOLD,
                        reasons,
                        AnswerEvent.answerId(questionId, 1),
                        now))));
      }
      producer.flush();
    }
  }

  /** A held draft as the review feed stores it; returns the item id. */
  UUID insertHeld(
      String questionId,
      String shop,
      String product,
      String question,
      String draft,
      String reasonsJson,
      Duration age) {
    return insert(
        questionId,
        shop,
        product,
        question,
        draft,
        reasonsJson,
        age,
        "HELD",
        1,
        "Thank you, staff will answer soon.");
  }

  /** An auto-answered question owing the real follow-up answer; returns the item id. */
  UUID insertFollowUp(
      String questionId, String shop, String product, String question, String reply, Duration age) {
    return insert(questionId, shop, product, question, null, "[]", age, "FOLLOW_UP", 1, reply);
  }

  private UUID insert(
      String questionId,
      String shop,
      String product,
      String question,
      String draft,
      String reasonsJson,
      Duration age,
      String reason,
      int revision,
      String customerText) {
    Instant asked = Instant.now().minus(age);
    try (Connection c = db.getConnection()) {
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into questions (question_id, shop_id, product_id, product_name, locale,"
                  + " text_masked, asked_at, source_topic, source_partition, source_offset)"
                  + " values (?, ?, ?, ?, 'ko-KR', ?, ?, 'fixture', 0, 0)")) {
        ps.setString(1, questionId);
        ps.setString(2, shop);
        ps.setString(3, "p-" + questionId);
        ps.setString(4, product);
        ps.setString(5, question);
        ps.setTimestamp(6, Timestamp.from(asked));
        ps.executeUpdate();
      }
      try (PreparedStatement ps =
          c.prepareStatement(
              "insert into review_items (question_id, shop_id, product_id, locale, reason,"
                  + " question_masked, draft_reply, moderation_reasons, customer_revision,"
                  + " customer_text, asked_at, opened_at, follow_up_due_at)"
                  + " values (?, ?, ?, 'ko-KR', ?, ?, ?, ?::jsonb, ?, ?, ?, ?, ?) returning item_id")) {
        ps.setString(1, questionId);
        ps.setString(2, shop);
        ps.setString(3, "p-" + questionId);
        ps.setString(4, reason);
        ps.setString(5, question);
        ps.setString(6, draft);
        ps.setString(7, reasonsJson);
        ps.setInt(8, revision);
        ps.setString(9, customerText);
        ps.setTimestamp(10, Timestamp.from(asked));
        ps.setTimestamp(11, Timestamp.from(asked));
        ps.setTimestamp(12, Timestamp.from(asked.plus(Duration.ofHours(24))));
        try (ResultSet rs = ps.executeQuery()) {
          rs.next();
          return rs.getObject(1, UUID.class);
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A question held with fallbackOnHold=false: the customer has had no reply at all. */
  UUID insertWaiting(
      String questionId, String shop, String product, String question, String draft, Duration age) {
    return insert(questionId, shop, product, question, draft, "[]", age, "HELD", 0, null);
  }

  /** An audited revision (what the audit writer stores for storefront.answers.v1). */
  void insertAnswer(
      String questionId, String shop, int revision, String source, String text, Instant at) {
    execute(
        "insert into answers (answer_id, question_id, shop_id, revision, text, locale, source,"
            + " answered_at, reviewer, source_topic, source_partition, source_offset)"
            + " values (?, ?, ?, ?, ?, 'ko-KR', ?, ?, ?, 'fixture', 0, 0)",
        questionId + "#r" + revision,
        questionId,
        shop,
        revision,
        text,
        source,
        Timestamp.from(at),
        "STAFF".equals(source) ? "fixture-reviewer" : null);
  }

  /** An audited question (no review item), e.g. one the model answered at once. */
  void insertQuestion(String questionId, String shop, String text, Instant asked) {
    execute(
        "insert into questions (question_id, shop_id, product_name, locale, text_masked, asked_at,"
            + " source_topic, source_partition, source_offset)"
            + " values (?, ?, 'Fixture product', 'ko-KR', ?, ?, 'fixture', 0, 0)",
        questionId,
        shop,
        text,
        Timestamp.from(asked));
  }

  /** An audited review task with its hold reasons, for the analytics. */
  void insertTask(String questionId, String shop, String reasonsJson, Instant at) {
    execute(
        "insert into review_tasks (task_id, question_id, shop_id, reasons, created_at,"
            + " source_topic, source_partition, source_offset)"
            + " values (?, ?, ?, ?::jsonb, ?, 'fixture', 0, 0)",
        "task-" + questionId,
        questionId,
        shop,
        reasonsJson,
        Timestamp.from(at));
  }

  private void execute(String sql, Object... params) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      ps.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The item made for a question, once the feed has made it. */
  public UUID itemOf(String questionId, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = db.getConnection();
          PreparedStatement ps =
              c.prepareStatement("select item_id from review_items where question_id = ?")) {
        ps.setString(1, questionId);
        try (ResultSet rs = ps.executeQuery()) {
          if (rs.next()) {
            return rs.getObject(1, UUID.class);
          }
        }
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      Thread.sleep(100);
    }
    throw new AssertionError("no review item for " + questionId + " within " + within);
  }

  /** Rows of a query's first column as strings. */
  List<String> strings(String sql, Object... params) {
    try (Connection c = db.getConnection();
        PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
