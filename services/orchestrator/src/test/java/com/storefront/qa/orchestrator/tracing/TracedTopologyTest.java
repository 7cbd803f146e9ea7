package com.storefront.qa.orchestrator.tracing;

import static com.storefront.qa.orchestrator.tracing.TestTracing.assertChildOf;
import static org.assertj.core.api.Assertions.assertThat;

import com.storefront.qa.contracts.Topics;
import com.storefront.qa.contracts.TraceHeaders;
import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.ReviewAction;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.json.EventSerdes;
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.streams.StreamsProps;
import com.storefront.qa.orchestrator.support.EchoWorker;
import com.storefront.qa.orchestrator.support.MutableClock;
import com.storefront.qa.orchestrator.support.Questions;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The traced topology in a TopologyTestDriver (which, like a broker, carries headers through the
 * repartition topics): the spans of one question and the contexts on each output.
 */
class TracedTopologyTest {
  private static final Instant START = Instant.parse("2026-11-22T10:00:00Z");

  private final MutableClock clock = new MutableClock(START);
  private final TestTracing otel = new TestTracing();
  private TopologyTestDriver driver;
  private TestInputTopic<byte[], byte[]> questions;
  private TestInputTopic<String, byte[]> results;
  private TestInputTopic<String, byte[]> decisions;
  private TestOutputTopic<String, GenerationRequest> requests;
  private TestOutputTopic<String, AnswerEvent> answers;
  private TestOutputTopic<byte[], byte[]> dlq;

  private void start(boolean generation, QaTracing tracing) throws IOException {
    QaSettings settings = QaSettings.defaults().withGenerationEnabledByDefault(generation);
    var props =
        StreamsProps.forInstance("unused:9092", "qa-trace-test", Files.createTempDirectory("ttd"));
    driver =
        new TopologyTestDriver(
            QaTopology.build(settings, new Moderator(), clock, QaMetrics.inMemory(), tracing),
            props,
            START);
    var bytes = new ByteArraySerializer();
    questions = driver.createInputTopic(Topics.QUESTIONS, bytes, bytes);
    results = driver.createInputTopic(Topics.GENERATION_RESULTS, new StringSerializer(), bytes);
    decisions = driver.createInputTopic(Topics.REVIEW_DECISIONS, new StringSerializer(), bytes);
    var keys = new StringDeserializer();
    requests =
        driver.createOutputTopic(
            Topics.GENERATION_REQUESTS, keys, EventSerdes.GENERATION_REQUEST.deserializer());
    answers = driver.createOutputTopic(Topics.ANSWERS, keys, EventSerdes.ANSWER.deserializer());
    dlq =
        driver.createOutputTopic(
            Topics.QUESTIONS_DLQ, new ByteArrayDeserializer(), new ByteArrayDeserializer());
  }

  /** Trace and span id (a context read from headers is remote, the same span's local). */
  private static String ids(SpanContext c) {
    return c.getTraceId() + "/" + c.getSpanId();
  }

  @AfterEach
  void close() {
    if (driver != null) {
      driver.close();
    }
    otel.close();
  }

  private void ask(String questionId, Headers headers) {
    questions.pipeInput(
        new TestRecord<>(
            Questions.key(questionId),
            Questions.json(questionId, "shop-a", "ko-KR", Questions.KO_TEXT),
            headers,
            START));
  }

  @Test
  void oneQuestionIsOneTraceFromTheShopThroughTheWorkerToTheAnswer() throws IOException {
    start(true, otel.tracing);
    SpanContext shop = otel.span("shop.send", Context.root());

    ask("q-1", otel.headersOf(shop));
    TestRecord<String, GenerationRequest> request = requests.readRecord();
    SpanData intake = otel.only("qa.intake");
    SpanData route = otel.only("qa.route");
    assertChildOf(intake, shop);
    assertChildOf(route, intake.getSpanContext()); // across the repartition topic
    assertThat(route.getAttributes().asMap().toString()).contains("q-1");
    assertThat(ids(otel.contextIn(request.headers()))).isEqualTo(ids(route.getSpanContext()));

    // The worker continues the request's context and sends its own on the result.
    SpanContext worker =
        otel.span("qa.generate", otel.tracing.propagation().extract(request.headers()));
    results.pipeInput(
        new TestRecord<>(
            "q-1",
            Json.toBytes(Questions.completed("q-1", EchoWorker.REPLY, -0.3)),
            otel.headersOf(worker),
            START));

    TestRecord<String, AnswerEvent> answer = answers.readRecord();
    assertThat(answer.value().source()).isEqualTo(AnswerSource.MODEL);
    SpanData finish = otel.only("qa.finish");
    assertChildOf(finish, worker);
    assertThat(ids(otel.contextIn(answer.headers()))).isEqualTo(ids(finish.getSpanContext()));
    assertThat(answer.headers().headers(TraceHeaders.TRACEPARENT)).hasSize(1);
  }

  @Test
  void aQuestionWithoutContextStartsATraceAndTheDeadlineContinuesIt() throws IOException {
    start(true, otel.tracing);

    ask("q-slow", new RecordHeaders());
    requests.readRecord();
    SpanData intake = otel.only("qa.intake");
    assertThat(intake.getParentSpanContext().isValid()).isFalse();
    clock.advance(Duration.ofSeconds(20));
    driver.advanceWallClockTime(Duration.ofSeconds(20));

    TestRecord<String, AnswerEvent> ack = answers.readRecord();
    assertThat(ack.value().source()).isEqualTo(AnswerSource.FALLBACK);
    SpanData deadline = otel.only("qa.deadline");
    assertChildOf(deadline, otel.only("qa.route").getSpanContext());
    assertThat(deadline.getTraceId()).isEqualTo(intake.getTraceId());
    assertThat(ids(otel.contextIn(ack.headers()))).isEqualTo(ids(deadline.getSpanContext()));
  }

  @Test
  void aStaffRevisionContinuesTheQuestionsTraceLinkedToTheConsole() throws IOException {
    start(false, otel.tracing);
    SpanContext shop = otel.span("shop.send", Context.root());
    ask("q-staff", otel.headersOf(shop));
    TestRecord<String, AnswerEvent> first = answers.readRecord();
    SpanContext firstContext = otel.contextIn(first.headers());
    assertThat(ids(firstContext)).isEqualTo(ids(otel.only("qa.route").getSpanContext()));

    SpanContext console = otel.span("qa.console.decision.send", Context.root());
    ReviewDecision decision =
        new ReviewDecision(
            ReviewDecision.SCHEMA_VERSION,
            "d-1",
            "q-staff#input",
            "q-staff",
            "shop-a",
            ReviewAction.ANSWER,
            "내년도 공휴일이 모두 표시되어 있습니다.",
            "kim",
            START);
    decisions.pipeInput(
        new TestRecord<>("task-key", Json.toBytes(decision), otel.headersOf(console), START));

    TestRecord<String, AnswerEvent> staff = answers.readRecord();
    assertThat(staff.value().revision()).isEqualTo(2);
    SpanData decide = otel.only("qa.decide");
    assertChildOf(decide, firstContext);
    assertThat(decide.getTraceId()).isEqualTo(shop.getTraceId());
    assertThat(decide.getLinks())
        .extracting(l -> ids(l.getSpanContext()))
        .containsExactly(ids(console));
    assertThat(ids(otel.contextIn(staff.headers()))).isEqualTo(ids(decide.getSpanContext()));
  }

  @Test
  void aRejectedRecordsDeadLetterCarriesTheIntakeSpan() throws IOException {
    start(false, otel.tracing);
    SpanContext shop = otel.span("shop.send", Context.root());
    questions.pipeInput(new TestRecord<>(null, "not json".getBytes(), otel.headersOf(shop), START));

    TestRecord<byte[], byte[]> dead = dlq.readRecord();
    SpanData intake = otel.only("qa.intake");
    assertChildOf(intake, shop);
    assertThat(ids(otel.contextIn(dead.headers()))).isEqualTo(ids(intake.getSpanContext()));
    assertThat(dead.headers().headers(TraceHeaders.TRACEPARENT)).hasSize(1);
  }

  @Test
  void offWritesNoTraceHeaderEvenWhenTheShopSentOne() throws IOException {
    start(true, QaTracing.off());
    SpanContext shop = otel.span("shop.send", Context.root());

    ask("q-off", otel.headersOf(shop));
    TestRecord<String, GenerationRequest> request = requests.readRecord();
    results.pipeInput("q-off", Json.toBytes(Questions.completed("q-off", EchoWorker.REPLY, -0.3)));
    TestRecord<String, AnswerEvent> answer = answers.readRecord();

    assertThat(answer.value().source()).isEqualTo(AnswerSource.MODEL);
    for (Headers h : new Headers[] {request.headers(), answer.headers()}) {
      assertThat(h.lastHeader(TraceHeaders.TRACEPARENT)).isNull();
      assertThat(h.lastHeader(TraceHeaders.TRACESTATE)).isNull();
    }
    assertThat(otel.exporter.getFinishedSpanItems())
        .extracting(SpanData::getName)
        .containsExactly("shop.send");
    assertThat(Span.current().getSpanContext().isValid()).isFalse();
  }
}
