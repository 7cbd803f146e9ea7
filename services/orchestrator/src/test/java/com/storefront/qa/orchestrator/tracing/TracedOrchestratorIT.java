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
import com.storefront.qa.contracts.json.Json;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.QaSettings;
import com.storefront.qa.orchestrator.QaTopology;
import com.storefront.qa.orchestrator.errors.UncaughtErrors;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.support.EchoWorker;
import com.storefront.qa.orchestrator.support.Orchestrators;
import com.storefront.qa.orchestrator.support.Questions;
import com.storefront.qa.orchestrator.support.QuietLogs;
import com.storefront.qa.testkit.KafkaBroker;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.context.Context;
import io.opentelemetry.sdk.trace.data.SpanData;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One question's trace on a real broker, through every Kafka hop the orchestrator makes or reads:
 * the shop's record, the repartition topic, the generation request to a worker (this test, which
 * continues the context as the reply worker does), its result, the answer, and a staff decision
 * from the console whose revision joins the question's trace.
 */
class TracedOrchestratorIT {
  private static final Duration WAIT = Duration.ofSeconds(60);

  private static final TestTracing otel = new TestTracing();
  private static KafkaBroker broker;
  private static KafkaStreams orchestrator;
  private static KafkaProducer<byte[], byte[]> producer;

  @BeforeAll
  static void start() throws Exception {
    QuietLogs.apply();
    broker = KafkaBroker.start();
    broker.createSystemTopics(2);
    Properties p = broker.clientProperties();
    p.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    p.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    producer = new KafkaProducer<>(p);
    var props =
        Orchestrators.props(
            broker.bootstrapServers(), "qa-traced-it", Files.createTempDirectory("qa-trace"));
    orchestrator =
        new KafkaStreams(
            QaTopology.build(
                QaSettings.defaults().withGenerationEnabledByDefault(true),
                new Moderator(),
                Clock.systemUTC(),
                QaMetrics.inMemory(),
                otel.tracing),
            props);
    orchestrator.setUncaughtExceptionHandler(new UncaughtErrors());
    orchestrator.start();
    Orchestrators.awaitRunning(orchestrator, WAIT);
  }

  @AfterAll
  static void stop() {
    if (orchestrator != null) {
      Orchestrators.stop(orchestrator);
    }
    if (producer != null) {
      producer.close();
    }
    if (broker != null) {
      broker.close();
    }
    otel.close();
  }

  private static void send(String topic, String key, byte[] value, Headers headers) {
    producer.send(
        new ProducerRecord<>(topic, null, key.getBytes(), value, headers)); // default partitioner
    producer.flush();
  }

  /** The first record of {@code topic} that {@code wanted} accepts, read_committed. */
  private static ConsumerRecord<byte[], byte[]> await(
      String topic, Predicate<ConsumerRecord<byte[], byte[]>> wanted) {
    Properties c = broker.clientProperties();
    c.put(ConsumerConfig.GROUP_ID_CONFIG, "trace-reader-" + System.nanoTime());
    c.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    c.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
    c.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    c.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(c)) {
      consumer.subscribe(List.of(topic));
      Instant end = Instant.now().plus(WAIT);
      while (Instant.now().isBefore(end)) {
        for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
          if (wanted.test(r)) {
            return r;
          }
        }
      }
    }
    throw new AssertionError("nothing wanted on " + topic + " within " + WAIT);
  }

  private static AnswerEvent answer(ConsumerRecord<byte[], byte[]> r) {
    return Json.fromBytes(r.value(), AnswerEvent.class);
  }

  /** The one span named {@code name}, once the Streams thread has ended it. */
  private static SpanData span(String name) {
    Instant end = Instant.now().plus(Duration.ofSeconds(10));
    List<SpanData> named = new ArrayList<>();
    while (named.isEmpty() && Instant.now().isBefore(end)) {
      named =
          otel.exporter.getFinishedSpanItems().stream()
              .filter(s -> s.getName().equals(name))
              .toList();
    }
    return otel.only(name);
  }

  private static String ids(SpanContext c) {
    return c.getTraceId() + "/" + c.getSpanId();
  }

  @Test
  void aQuestionTheWorkerAndAStaffDecisionAreOneTraceAcrossEveryKafkaHop() {
    SpanContext shop = otel.span("shop.send", Context.root());
    send(
        Topics.QUESTIONS,
        "q-traced",
        Questions.json("q-traced", "shop-t", "ko-KR", Questions.KO_TEXT),
        otel.headersOf(shop));

    // The reply worker's part: continue the request's context, send ours on the result.
    ConsumerRecord<byte[], byte[]> request =
        await(Topics.GENERATION_REQUESTS, r -> new String(r.key()).equals("q-traced"));
    assertThat(Json.fromBytes(request.value(), GenerationRequest.class).questionId())
        .isEqualTo("q-traced");
    SpanContext worker =
        otel.span("qa.generate", otel.tracing.propagation().extract(request.headers()));
    send(
        Topics.GENERATION_RESULTS,
        "q-traced",
        Json.toBytes(Questions.completed("q-traced", EchoWorker.REPLY, -0.3)),
        otel.headersOf(worker));

    ConsumerRecord<byte[], byte[]> first =
        await(Topics.ANSWERS, r -> answer(r).questionId().equals("q-traced"));
    assertThat(answer(first).source()).isEqualTo(AnswerSource.MODEL);

    SpanData intake = span("qa.intake");
    SpanData route = span("qa.route");
    SpanData finish = span("qa.finish");
    assertChildOf(intake, shop);
    assertChildOf(route, intake.getSpanContext()); // through the repartition topic on the broker
    assertThat(ids(otel.contextIn(request.headers()))).isEqualTo(ids(route.getSpanContext()));
    assertChildOf(finish, worker);
    assertThat(ids(otel.contextIn(first.headers()))).isEqualTo(ids(finish.getSpanContext()));

    // The console's send span on the decision record; the revision continues the question's trace.
    SpanContext console = otel.span("qa.console.decision.send", Context.root());
    ReviewDecision decision =
        new ReviewDecision(
            ReviewDecision.SCHEMA_VERSION,
            "d-traced",
            "q-traced#output",
            "q-traced",
            "shop-t",
            ReviewAction.ANSWER,
            "내년도 공휴일이 모두 표시되어 있습니다.",
            "kim",
            Instant.now());
    send(
        Topics.REVIEW_DECISIONS,
        "q-traced#output",
        Json.toBytes(decision),
        otel.headersOf(console));

    ConsumerRecord<byte[], byte[]> staff =
        await(
            Topics.ANSWERS,
            r -> answer(r).questionId().equals("q-traced") && answer(r).revision() == 2);
    SpanData decide = span("qa.decide");
    assertChildOf(decide, finish.getSpanContext());
    assertThat(decide.getLinks())
        .extracting(l -> ids(l.getSpanContext()))
        .containsExactly(ids(console));
    assertThat(ids(otel.contextIn(staff.headers()))).isEqualTo(ids(decide.getSpanContext()));
    assertThat(staff.headers().headers(TraceHeaders.TRACEPARENT)).hasSize(1);
    for (SpanData s : List.of(intake, route, finish, decide)) {
      assertThat(s.getTraceId()).as(s.getName()).isEqualTo(shop.getTraceId());
    }
  }
}
