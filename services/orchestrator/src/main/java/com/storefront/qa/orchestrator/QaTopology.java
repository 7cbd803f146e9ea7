package com.storefront.qa.orchestrator;

import static com.storefront.qa.contracts.Topics.ANSWERS;
import static com.storefront.qa.contracts.Topics.GENERATION_REQUESTS;
import static com.storefront.qa.contracts.Topics.GENERATION_RESULTS;
import static com.storefront.qa.contracts.Topics.MODERATION;
import static com.storefront.qa.contracts.Topics.QUESTIONS;
import static com.storefront.qa.contracts.Topics.QUESTIONS_DLQ;
import static com.storefront.qa.contracts.Topics.REVIEW_DECISIONS;
import static com.storefront.qa.contracts.Topics.REVIEW_TASKS;
import static com.storefront.qa.contracts.Topics.SHOP_POLICIES;

import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.json.EventSerdes;
import com.storefront.qa.contracts.json.JsonSerde;
import com.storefront.qa.contracts.policy.ShopPolicy;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.decide.AnswerLedger;
import com.storefront.qa.orchestrator.decide.DecisionHandler;
import com.storefront.qa.orchestrator.decide.DecisionReader;
import com.storefront.qa.orchestrator.decide.LedgerRecorder;
import com.storefront.qa.orchestrator.dedupe.Deduplicator;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.policy.LenientPolicySerde;
import com.storefront.qa.orchestrator.policy.PolicyResolver;
import com.storefront.qa.orchestrator.route.Emit;
import com.storefront.qa.orchestrator.route.QuestionRouter;
import com.storefront.qa.orchestrator.route.ResultHandler;
import com.storefront.qa.orchestrator.route.Ticket;
import com.storefront.qa.orchestrator.tracing.LedgerParent;
import com.storefront.qa.orchestrator.tracing.ParentRule;
import com.storefront.qa.orchestrator.tracing.QaTracing;
import com.storefront.qa.orchestrator.validate.QuestionValidator;
import com.storefront.qa.orchestrator.validate.Validated;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.apache.kafka.streams.state.Stores;

/**
 * The orchestrator's whole topology, a pure function of its settings, the moderation library and a
 * clock. See docs/orchestrator.md for the picture.
 *
 * <pre>
 * questions (bytes) ─ validate ─┬─ rejected ─────────────────────────────► questions DLQ
 *                               └─ repartition by questionId ─ dedupe ─ route (policy, language,
 *                                                   input moderation; safety net) ─┐
 * generation results ─ finish (output moderation; deadline punctuator) ────────────┤
 * review decisions ─ repartition by questionId ─ decide (revisions 2+) ────────────┴─ ledger ─►
 *                       answers, verdicts, generation requests, review tasks, questions DLQ
 * </pre>
 *
 * <p>The routing and finishing processors share the pending store: the repartition topic (which
 * Kafka Streams creates with {@code storefront.questions.v1}'s partition count) and {@code
 * qa.generation.results.v1} must have equal partition counts, both hashed by questionId with the
 * Java client's murmur2. How the shop's producer partitions the questions topic does not matter.
 */
public final class QaTopology {
  /** questionId → wall-clock millis first seen. */
  public static final String DEDUPE_STORE = "question-ids-seen";

  /** questionId → {@link Ticket} of a question waiting for its generation result. */
  public static final String PENDING_STORE = "pending-generations";

  /** questionId → {@link AnswerLedger}: the revisions published and the decisions applied. */
  public static final String LEDGER_STORE = "answer-ledger";

  /** shopId → published {@link ShopPolicy} (the GlobalKTable). */
  public static final String POLICY_STORE = "shop-policies";

  /** The topics the topology reads; Quarkus waits for them before starting. */
  public static final List<String> SOURCE_TOPICS =
      List.of(QUESTIONS, GENERATION_RESULTS, SHOP_POLICIES, REVIEW_DECISIONS);

  private QaTopology() {}

  /** The topology without tracing. */
  public static Topology build(
      QaSettings settings, Moderator moderator, Clock clock, QaMetrics metrics) {
    return build(settings, moderator, clock, metrics, QaTracing.off());
  }

  /**
   * The topology; with {@code tracing} on, intake, routing, results and decisions each run in a
   * span continuing their record's trace headers (docs/tracing.md).
   */
  public static Topology build(
      QaSettings settings, Moderator moderator, Clock clock, QaMetrics metrics, QaTracing tracing) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DEDUPE_STORE), Serdes.String(), Serdes.Long()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PENDING_STORE),
            Serdes.String(),
            new JsonSerde<>(Ticket.class)));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(LEDGER_STORE),
            Serdes.String(),
            new JsonSerde<>(AnswerLedger.class)));

    builder.globalTable(
        SHOP_POLICIES,
        Consumed.with(Serdes.String(), new LenientPolicySerde()).withName("policies"),
        Materialized.as(POLICY_STORE));
    PolicyResolver resolver = new PolicyResolver(settings.generationEnabledByDefault());

    // 1. Validate raw records; rejected ones go to the DLQ byte for byte.
    Map<String, KStream<String, Validated>> validated =
        builder.stream(
                QUESTIONS,
                Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("questions"))
            .process(
                tracing.traced("qa.intake", () -> new QuestionValidator(clock, metrics)),
                Named.as("validate"))
            .split(Named.as("validated-"))
            .branch((k, v) -> v instanceof Validated.Rejected, Branched.as("rejected"))
            .defaultBranch(Branched.as("accepted"));
    validated
        .get("validated-rejected")
        .map(
            (k, v) ->
                KeyValue.pair(((Validated.Rejected) v).key(), ((Validated.Rejected) v).value()),
            Named.as("original-bytes"))
        .to(QUESTIONS_DLQ, deadLetters("dlq"));

    // 2. Every question moves to its questionId's partition, hashed as the reply worker's Java
    //    producer hashes the result's key. The shop's producer may partition any way it likes
    //    (librdkafka's CRC32, one fixed partition, explicit partitions): only after this hop do a
    //    question and its generation result meet in the same task, and duplicates in one store.
    KStream<String, QuestionEvent> questions =
        validated
            .get("validated-accepted")
            .mapValues(QaTopology::question, Named.as("accepted"))
            .repartition(
                Repartitioned.with(Serdes.String(), EventSerdes.QUESTION)
                    .withName("questions-by-id"))
            // 3. First sight of a questionId only.
            .process(
                () ->
                    new Deduplicator<QuestionEvent>(
                        DEDUPE_STORE,
                        settings.dedupeRetention(),
                        settings.dedupePurgeInterval(),
                        clock,
                        metrics),
                Named.as("dedupe"),
                DEDUPE_STORE);

    // 4. Route new questions; finish them from generation results or deadlines.
    //    The router looks the shop's policy up in the global store itself, so that nothing between
    //    first sight and its safety net can drop a question.
    KStream<String, Emit> fromQuestions =
        questions.process(
            tracing.traced(
                "qa.route",
                () ->
                    new QuestionRouter(
                        PENDING_STORE, POLICY_STORE, resolver, moderator, clock, metrics)),
            Named.as("route"),
            PENDING_STORE);
    KStream<String, Emit> fromResults =
        builder.stream(
                GENERATION_RESULTS,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("results"))
            .process(
                tracing.traced(
                    "qa.finish",
                    "qa.deadline",
                    ParentRule.FROM_HEADERS,
                    () ->
                        new ResultHandler(
                            PENDING_STORE,
                            settings.deadlineCheckInterval(),
                            moderator,
                            clock,
                            metrics)),
                Named.as("finish"),
                PENDING_STORE);

    // 5. Staff decisions, moved to their question's partition like the questions, become
    //    revisions 2+ (or the acknowledgement for a customer who had none).
    KStream<String, Emit> fromDecisions =
        builder.stream(
                REVIEW_DECISIONS,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("decisions"))
            .flatMapValues(
                bytes -> {
                  var decision = DecisionReader.read(bytes);
                  if (decision.isEmpty()) {
                    metrics.unreadableDecision();
                  }
                  return decision.stream().toList();
                },
                Named.as("read-decision"))
            .selectKey((k, d) -> d.questionId(), Named.as("decision-by-question"))
            .repartition(
                Repartitioned.with(Serdes.String(), new JsonSerde<>(ReviewDecision.class))
                    .withName("decisions-by-id"))
            .process(
                tracing.traced(
                    "qa.decide",
                    null,
                    tracing.enabled()
                        ? new LedgerParent(LEDGER_STORE, tracing.propagation())
                        : ParentRule.FROM_HEADERS,
                    () ->
                        new DecisionHandler(LEDGER_STORE, POLICY_STORE, resolver, clock, metrics)),
                Named.as("decide"),
                LEDGER_STORE);

    // 6. Every output to its topic, each answer noted in the ledger on its way out.
    Map<String, KStream<String, Emit>> out =
        fromQuestions
            .merge(fromResults, Named.as("outputs"))
            .merge(fromDecisions, Named.as("all-outputs"))
            .process(() -> new LedgerRecorder(LEDGER_STORE), Named.as("ledger"), LEDGER_STORE)
            .split(Named.as("out-"))
            .branch((k, e) -> e instanceof Emit.Answer, Branched.as("answer"))
            .branch((k, e) -> e instanceof Emit.Moderation, Branched.as("verdict"))
            .branch((k, e) -> e instanceof Emit.Request, Branched.as("request"))
            .branch((k, e) -> e instanceof Emit.Review, Branched.as("review"))
            .branch((k, e) -> e instanceof Emit.DeadLetter, Branched.as("dead"))
            .noDefaultBranch();
    out.get("out-answer")
        .mapValues(e -> ((Emit.Answer) e).event(), Named.as("answer-event"))
        .peek((k, answer) -> metrics.answered(answer.source()), Named.as("count-answers"))
        .to(ANSWERS, Produced.with(Serdes.String(), EventSerdes.ANSWER).withName("answers"));
    sink(
        out,
        "verdict",
        e -> ((Emit.Moderation) e).event(),
        MODERATION,
        EventSerdes.MODERATION_VERDICT);
    sink(
        out,
        "request",
        e -> ((Emit.Request) e).event(),
        GENERATION_REQUESTS,
        EventSerdes.GENERATION_REQUEST);
    sink(out, "review", e -> ((Emit.Review) e).event(), REVIEW_TASKS, EventSerdes.REVIEW_TASK);
    out.get("out-dead")
        .map(
            (k, e) -> KeyValue.pair(((Emit.DeadLetter) e).key(), ((Emit.DeadLetter) e).value()),
            Named.as("dead-letter-bytes"))
        .to(QUESTIONS_DLQ, deadLetters("dead-letters"));
    return builder.build();
  }

  private static Produced<byte[], byte[]> deadLetters(String name) {
    return Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName(name);
  }

  private static QuestionEvent question(Validated v) {
    return ((Validated.Accepted) v).question();
  }

  private static <T> void sink(
      Map<String, KStream<String, Emit>> out,
      String branch,
      Function<Emit, T> unwrap,
      String topic,
      Serde<T> serde) {
    out.get("out-" + branch)
        .mapValues(unwrap::apply, Named.as(branch + "-event"))
        .to(topic, Produced.with(Serdes.String(), serde).withName(branch + "s"));
  }
}
