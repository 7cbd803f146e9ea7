package com.storefront.qa.orchestrator.support;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.GenerationResult;
import com.storefront.qa.contracts.event.ModerationVerdict;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.event.ReviewTask;
import com.storefront.qa.contracts.json.EventSerdes;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.streams.StreamsProps;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The real topology in a TopologyTestDriver, with a hand-moved clock and every topic at hand. */
public final class Harness implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  public final MutableClock clock = new MutableClock(START);
  public final QaMetrics metrics = QaMetrics.inMemory();
  public final TopologyTestDriver driver;
  public final TestInputTopic<byte[], byte[]> questions;
  public final TestInputTopic<String, byte[]> results;
  public final TestInputTopic<String, byte[]> policies;
  public final TestInputTopic<String, byte[]> decisions;
  public final TestOutputTopic<String, AnswerEvent> answers;
  public final TestOutputTopic<String, ModerationVerdict> verdicts;
  public final TestOutputTopic<String, GenerationRequest> requests;
  public final TestOutputTopic<String, ReviewTask> reviews;
  public final TestOutputTopic<byte[], byte[]> dlq;

  public Harness(QaSettings settings) {
    this(settings, new Moderator());
  }

  public Harness(QaSettings settings, Moderator moderator) {
    QuietLogs.apply();
    Path stateDir;
    try {
      stateDir = Files.createTempDirectory("qa-ttd");
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    Properties props = StreamsProps.forInstance("unused:9092", "qa-orchestrator-test", stateDir);
    driver =
        new TopologyTestDriver(QaTopology.build(settings, moderator, clock, metrics), props, START);
    var bytes = new ByteArraySerializer();
    var strings = new StringSerializer();
    questions = driver.createInputTopic(Topics.QUESTIONS, bytes, bytes);
    results = driver.createInputTopic(Topics.GENERATION_RESULTS, strings, bytes);
    policies = driver.createInputTopic(Topics.SHOP_POLICIES, strings, bytes);
    decisions = driver.createInputTopic(Topics.REVIEW_DECISIONS, strings, bytes);
    var keys = new StringDeserializer();
    answers = driver.createOutputTopic(Topics.ANSWERS, keys, EventSerdes.ANSWER.deserializer());
    verdicts =
        driver.createOutputTopic(
            Topics.MODERATION, keys, EventSerdes.MODERATION_VERDICT.deserializer());
    requests =
        driver.createOutputTopic(
            Topics.GENERATION_REQUESTS, keys, EventSerdes.GENERATION_REQUEST.deserializer());
    reviews =
        driver.createOutputTopic(Topics.REVIEW_TASKS, keys, EventSerdes.REVIEW_TASK.deserializer());
    var raw = new ByteArrayDeserializer();
    dlq = driver.createOutputTopic(Topics.QUESTIONS_DLQ, raw, raw);
  }

  public void ask(String questionId, String shopId, String locale, String text) {
    questions.pipeInput(
        Questions.key(questionId), Questions.json(questionId, shopId, locale, text));
  }

  public void reply(GenerationResult result) {
    results.pipeInput(result.questionId(), Json.toBytes(result));
  }

  public void decide(ReviewDecision decision) {
    decisions.pipeInput(decision.questionId(), Json.toBytes(decision));
  }

  public void publishPolicy(String shopId, String json) {
    policies.pipeInput(shopId, json.getBytes(StandardCharsets.UTF_8));
  }

  /** Moves the topology's clock and the driver's wall-clock time together (fires punctuators). */
  public void advance(Duration by) {
    clock.advance(by);
    driver.advanceWallClockTime(by);
  }

  @Override
  public void close() {
    driver.close();
  }
}
