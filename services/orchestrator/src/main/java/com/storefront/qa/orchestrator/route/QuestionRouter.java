package com.storefront.qa.orchestrator.route;

import com.storefront.qa.contracts.event.GenerationRequest;
import com.storefront.qa.contracts.event.ModerationReason;
import com.storefront.qa.contracts.event.ModerationStage;
import com.storefront.qa.contracts.event.QuestionEvent;
import com.storefront.qa.contracts.event.Verdict;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.contracts.policy.ShopPolicy;
import com.storefront.qa.moderation.InputCheck;
import com.storefront.qa.moderation.Moderator;
import com.storefront.qa.moderation.lang.LanguageDetector;
import com.storefront.qa.orchestrator.errors.ErrorClass;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.policy.PolicyResolver;
import com.storefront.qa.orchestrator.tracing.CurrentTrace;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.jboss.logging.Logger;

/**
 * Decides what happens to a new question: looks up the shop's policy, resolves its language, runs
 * input moderation (the masked text is all that travels on), and then either acknowledges it at
 * once (held at input, or generation off for the shop) or asks the reply workers for a draft and
 * remembers the question in the pending store until the result or the deadline arrives.
 *
 * <p>A question seen once must end in an answer or the dead-letter topic, never in silence: when
 * routing fails for a reason tied to this record (or an unknown one), {@link LastResort} answers
 * with the built-in acknowledgement and asks staff to look. Retriable and fatal errors are thrown
 * on, so the task restarts from its last commit and the question is routed again.
 */
public final class QuestionRouter implements Processor<String, QuestionEvent, String, Emit> {
  private static final Logger LOG = Logger.getLogger(QuestionRouter.class);

  /** Reason code for a moderation library failure: the question is held, never passed on. */
  public static final String MODERATION_ERROR = "MODERATION_ERROR";

  private final String pendingStoreName;
  private final String policyStoreName;
  private final PolicyResolver resolver;
  private final Moderator moderator;
  private final Clock clock;
  private final QaMetrics metrics;
  private final LastResort lastResort = new LastResort();
  private ProcessorContext<String, Emit> context;
  private KeyValueStore<String, Ticket> pending;
  private KeyValueStore<String, ValueAndTimestamp<ShopPolicy>> policies;

  /**
   * @param pendingStoreName the store of questions waiting for a generation result
   * @param policyStoreName the global store of published shop policies
   */
  public QuestionRouter(
      String pendingStoreName,
      String policyStoreName,
      PolicyResolver resolver,
      Moderator moderator,
      Clock clock,
      QaMetrics metrics) {
    this.pendingStoreName = pendingStoreName;
    this.policyStoreName = policyStoreName;
    this.resolver = resolver;
    this.moderator = moderator;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Emit> context) {
    this.context = context;
    this.pending = context.getStateStore(pendingStoreName);
    this.policies = context.getStateStore(policyStoreName);
  }

  @Override
  public void process(Record<String, QuestionEvent> record) {
    QuestionEvent q = record.value();
    try {
      route(record, q, policyOf(q.shopId()));
    } catch (RuntimeException e) {
      ErrorClass errorClass = ErrorClass.of(e);
      if (errorClass == ErrorClass.RETRIABLE || errorClass == ErrorClass.FATAL) {
        throw e;
      }
      // Whatever the failed attempt left behind must not answer the question a second time.
      pending.delete(q.questionId());
      metrics.routingFailed();
      lastResort.after(q, e, clock.instant()).forEach(emit -> emit(record, emit));
    }
  }

  private ShopPolicy policyOf(String shopId) {
    ValueAndTimestamp<ShopPolicy> published = policies.get(shopId);
    return resolver.resolve(shopId, published == null ? null : published.value());
  }

  private void route(Record<String, QuestionEvent> record, QuestionEvent q, ShopPolicy policy) {
    Instant now = clock.instant();

    String declared = LanguageDetector.languageOf(q.locale());
    String language = declared != null ? declared : LanguageDetector.detect(q.text());
    // Answer in the customer's language when the shop has texts for it, else in English.
    boolean covered = policy.acknowledgements().containsKey(language);
    String replyLanguage = covered ? language : DefaultPolicy.FALLBACK_LANGUAGE;
    String locale = !covered ? replyLanguage : declared != null ? q.locale() : language;

    InputCheck input = checkQuestion(q, language, policy);
    Ticket ticket =
        new Ticket(
            q.questionId(),
            q.shopId(),
            q.productId(),
            locale,
            language,
            input.maskedText(),
            policy.acknowledgementFor(replyLanguage),
            policy.moderation(),
            null,
            null);
    metrics.verdict(ModerationStage.INPUT, input.verdict());
    emit(
        record,
        new Emit.Moderation(
            ticket.verdict(
                ModerationStage.INPUT, input.verdict(), input.reasons(), input.maskedText(), now)));

    if (input.verdict() != Verdict.PUBLISH) {
      LOG.infof(
          "question %s held at input (%s %s): acknowledged, sent to review",
          q.questionId(), input.verdict(), codes(input.reasons()));
      emit(record, new Emit.Answer(ticket.fallbackAnswer(now)));
      emit(
          record,
          new Emit.Review(
              ticket.reviewTask(
                  ModerationStage.INPUT, input.verdict(), input.reasons(), null, true, now)));
    } else if (Boolean.TRUE.equals(policy.generationEnabled())) {
      Instant deadline = now.plusMillis(policy.generationTimeoutMs());
      String requestId = q.questionId() + "#gen1";
      pending.put(q.questionId(), ticket.awaiting(requestId, deadline, CurrentTrace.traceparent()));
      metrics.generationRequested();
      emit(
          record,
          new Emit.Request(
              new GenerationRequest(
                  GenerationRequest.SCHEMA_VERSION,
                  requestId,
                  q.questionId(),
                  q.shopId(),
                  q.productId(),
                  q.productName(),
                  locale,
                  policy.systemPromptFor(replyLanguage),
                  input.maskedText(),
                  policy.generation(),
                  seedOf(q.questionId()),
                  now,
                  deadline,
                  policy.shopName(),
                  policy.generationBackends(),
                  null,
                  null)));
    } else {
      emit(record, new Emit.Answer(ticket.fallbackAnswer(now)));
    }
  }

  private InputCheck checkQuestion(QuestionEvent q, String language, ShopPolicy policy) {
    try {
      return moderator.checkQuestion(q.text(), language, policy.moderation());
    } catch (RuntimeException e) {
      // Never let the raw text through unchecked: hold it for staff.
      metrics.moderationError(ModerationStage.INPUT);
      LOG.errorf(
          "input moderation failed for question %s (%s); holding it",
          q.questionId(), e.getClass().getName());
      return new InputCheck(
          "", Verdict.HOLD, List.of(new ModerationReason(MODERATION_ERROR, "", 0, 0)));
    }
  }

  private void emit(Record<String, QuestionEvent> cause, Emit emit) {
    context.forward(new Record<>(cause.key(), emit, cause.timestamp(), emit.headers()));
  }

  static List<String> codes(List<ModerationReason> reasons) {
    return reasons.stream().map(ModerationReason::code).distinct().toList();
  }

  /** A stable, non-negative sampling seed per question, so a retried request decodes the same. */
  public static long seedOf(String questionId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(questionId.getBytes(StandardCharsets.UTF_8));
      return ByteBuffer.wrap(digest).getLong() & Long.MAX_VALUE;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
