package com.storefront.qa.orchestrator;

import static com.storefront.qa.contracts.Topics.ANSWERS;
import static com.storefront.qa.contracts.Topics.GENERATION_REQUESTS;
import static com.storefront.qa.contracts.Topics.GENERATION_RESULTS;
import static com.storefront.qa.contracts.Topics.MODERATION;
import static com.storefront.qa.contracts.Topics.QUESTIONS;
import static com.storefront.qa.contracts.Topics.QUESTIONS_DLQ;
import static com.storefront.qa.contracts.Topics.REVIEW_TASKS;
import static com.storefront.qa.contracts.Topics.SHOP_POLICIES;

import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.json.EventSerdes;
import com.storefront.qa.contracts.json.JsonSerde;
import com.storefront.qa.contracts.policy.ShopPolicy;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.orchestrator.dedupe.Deduplicator;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.policy.LenientPolicySerde;
import com.storefront.qa.orchestrator.policy.PolicyResolver;
import com.storefront.qa.orchestrator.route.Emit;
import com.storefront.qa.orchestrator.route.PolicedQuestion;
import com.storefront.qa.orchestrator.route.QuestionRouter;
import com.storefront.qa.orchestrator.route.ResultHandler;
import com.storefront.qa.orchestrator.route.Ticket;
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
import org.apache.kafka.streams.kstream.GlobalKTable;
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
 *                               ├─ keyed by questionId ─┐
 *                               └─ null key ─ repartition by questionId ─┴─ dedupe ─ join policy
 *                                  ─ route (language, input moderation) ─┐
 * generation results ─ finish (output moderation; deadline punctuator) ──┴─► answers, verdicts,
 *                                                               generation requests, review tasks
 * </pre>
 *
 * <p>The routing and finishing processors share the pending store, so {@code
 * storefront.questions.v1} and {@code qa.generation.results.v1} must have equal partition counts
 * (both are keyed by questionId).
 */
public final class QaTopology {
  /** questionId → wall-clock millis first seen. */
  public static final String DEDUPE_STORE = "question-ids-seen";

  /** questionId → {@link Ticket} of a question waiting for its generation result. */
  public static final String PENDING_STORE = "pending-generations";

  /** shopId → published {@link ShopPolicy} (the GlobalKTable). */
  public static final String POLICY_STORE = "shop-policies";

  /** The topics the topology reads; Quarkus waits for them before starting. */
  public static final List<String> SOURCE_TOPICS =
      List.of(QUESTIONS, GENERATION_RESULTS, SHOP_POLICIES);

  private QaTopology() {}

  public static Topology build(
      QaSettings settings, Moderator moderator, Clock clock, QaMetrics metrics) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(DEDUPE_STORE), Serdes.String(), Serdes.Long()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(PENDING_STORE),
            Serdes.String(),
            new JsonSerde<>(Ticket.class)));

    GlobalKTable<String, ShopPolicy> policies =
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
            .process(() -> new QuestionValidator(clock, metrics), Named.as("validate"))
            .split(Named.as("validated-"))
            .branch((k, v) -> v instanceof Validated.Rejected, Branched.as("rejected"))
            .branch((k, v) -> ((Validated.Accepted) v).keyed(), Branched.as("keyed"))
            .defaultBranch(Branched.as("unkeyed"));
    validated
        .get("validated-rejected")
        .map(
            (k, v) ->
                KeyValue.pair(((Validated.Rejected) v).key(), ((Validated.Rejected) v).value()),
            Named.as("original-bytes"))
        .to(QUESTIONS_DLQ, Produced.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("dlq"));

    // 2. Records without a key are moved to their questionId's partition, so de-duplication and
    //    the pending store see every record of a question in one task.
    KStream<String, QuestionEvent> keyed =
        validated.get("validated-keyed").mapValues(QaTopology::question, Named.as("keyed"));
    KStream<String, QuestionEvent> rekeyed =
        validated
            .get("validated-unkeyed")
            .mapValues(QaTopology::question, Named.as("unkeyed"))
            .repartition(
                Repartitioned.with(Serdes.String(), EventSerdes.QUESTION)
                    .withName("questions-by-id"));

    // 3. First sight of a questionId only; then the shop's policy over the defaults.
    KStream<String, PolicedQuestion> questions =
        keyed
            .merge(rekeyed, Named.as("valid-questions"))
            .process(
                () ->
                    new Deduplicator<QuestionEvent>(
                        DEDUPE_STORE,
                        settings.dedupeRetention(),
                        settings.dedupePurgeInterval(),
                        clock,
                        metrics),
                Named.as("dedupe"),
                DEDUPE_STORE)
            .leftJoin(
                policies,
                (questionId, q) -> q.shopId(),
                (q, published) -> new PolicedQuestion(q, resolver.resolve(q.shopId(), published)),
                Named.as("with-policy"));

    // 4. Route new questions; finish them from generation results or deadlines.
    KStream<String, Emit> fromQuestions =
        questions.process(
            () -> new QuestionRouter(PENDING_STORE, moderator, clock, metrics),
            Named.as("route"),
            PENDING_STORE);
    KStream<String, Emit> fromResults =
        builder.stream(
                GENERATION_RESULTS,
                Consumed.with(Serdes.String(), Serdes.ByteArray()).withName("results"))
            .process(
                () ->
                    new ResultHandler(
                        PENDING_STORE, settings.deadlineCheckInterval(), moderator, clock, metrics),
                Named.as("finish"),
                PENDING_STORE);

    // 5. Every output to its topic.
    Map<String, KStream<String, Emit>> out =
        fromQuestions
            .merge(fromResults, Named.as("outputs"))
            .split(Named.as("out-"))
            .branch((k, e) -> e instanceof Emit.Answer, Branched.as("answer"))
            .branch((k, e) -> e instanceof Emit.Moderation, Branched.as("verdict"))
            .branch((k, e) -> e instanceof Emit.Request, Branched.as("request"))
            .branch((k, e) -> e instanceof Emit.Review, Branched.as("review"))
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
    return builder.build();
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
