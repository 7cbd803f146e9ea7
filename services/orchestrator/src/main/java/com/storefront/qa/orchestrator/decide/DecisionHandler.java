package com.storefront.qa.orchestrator.decide;

import com.storefront.qa.contracts.event.AnswerEvent;
import com.storefront.qa.contracts.event.AnswerSource;
import com.storefront.qa.contracts.event.ReviewDecision;
import com.storefront.qa.contracts.policy.DefaultPolicy;
import com.storefront.qa.contracts.policy.ShopPolicy;
import com.storefront.qa.contracts.text.ControlChars;
import com.storefront.qa.moderation.lang.LanguageDetector;
import com.storefront.qa.orchestrator.metrics.QaMetrics;
import com.storefront.qa.orchestrator.policy.PolicyResolver;
import com.storefront.qa.orchestrator.route.Emit;
import java.time.Clock;
import java.util.List;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.jboss.logging.Logger;

/**
 * Turns staff decisions into revisions of the customer's answer. A publishing decision (approve,
 * edit, the follow-up answer) becomes exactly one new revision, numbered after the highest one
 * published, with source STAFF and the reviewer; a decision seen before (a retry, a double submit)
 * changes nothing, because the ledger remembers the decisionIds it applied, in the same
 * exactly-once transaction as the revision. A reject keeps what the customer has, or publishes the
 * shop's acknowledgement when the customer had nothing ({@code fallbackOnHold=false}).
 */
public final class DecisionHandler implements Processor<String, ReviewDecision, String, Emit> {
  private static final Logger LOG = Logger.getLogger(DecisionHandler.class);

  /** Longest staff answer published, in code points. */
  public static final int MAX_TEXT_CODE_POINTS = 4_000;

  private final String ledgerStoreName;
  private final String policyStoreName;
  private final PolicyResolver resolver;
  private final Clock clock;
  private final QaMetrics metrics;
  private ProcessorContext<String, Emit> context;
  private KeyValueStore<String, AnswerLedger> ledgers;
  private KeyValueStore<String, ValueAndTimestamp<ShopPolicy>> policies;

  public DecisionHandler(
      String ledgerStoreName,
      String policyStoreName,
      PolicyResolver resolver,
      Clock clock,
      QaMetrics metrics) {
    this.ledgerStoreName = ledgerStoreName;
    this.policyStoreName = policyStoreName;
    this.resolver = resolver;
    this.clock = clock;
    this.metrics = metrics;
  }

  @Override
  public void init(ProcessorContext<String, Emit> context) {
    this.context = context;
    this.ledgers = context.getStateStore(ledgerStoreName);
    this.policies = context.getStateStore(policyStoreName);
  }

  @Override
  public void process(Record<String, ReviewDecision> record) {
    ReviewDecision d = record.value();
    AnswerLedger ledger = ledgers.get(d.questionId());
    if (ledger != null && ledger.applied(d.decisionId())) {
      metrics.decision(d.action(), "duplicate");
      LOG.debugf("decision %s on question %s seen before: ignored", d.decisionId(), d.questionId());
      return;
    }
    switch (decide(d, ledger)) {
      case Outcome.Invalid invalid -> {
        metrics.decision(d.action(), "invalid");
        LOG.warnf(
            "decision %s on question %s not applied: %s",
            ControlChars.escape(d.decisionId()), d.questionId(), invalid.why());
      }
      case Outcome.NoChange noChange -> {
        remember(d, ledger, 0);
        metrics.decision(d.action(), "no_change");
      }
      case Outcome.Publish publish -> {
        remember(d, ledger, publish.answer().revision());
        metrics.decision(d.action(), "published");
        LOG.infof(
            "decision %s (%s) on question %s: revision %d published",
            ControlChars.escape(d.decisionId()),
            d.action(),
            d.questionId(),
            publish.answer().revision());
        context.forward(
            new Record<>(d.questionId(), new Emit.Answer(publish.answer()), record.timestamp()));
      }
    }
  }

  private Outcome decide(ReviewDecision d, AnswerLedger ledger) {
    return switch (d.action()) {
      case APPROVE, EDIT, ANSWER -> staffAnswer(d, ledger);
      case REJECT ->
          ledger == null || ledger.revision() == 0
              ? new Outcome.Publish(acknowledgement(d, ledger))
              : new Outcome.NoChange();
    };
  }

  private Outcome staffAnswer(ReviewDecision d, AnswerLedger ledger) {
    String text = ControlChars.strip(d.text());
    if (text == null || text.isBlank()) {
      return new Outcome.Invalid(d.action() + " needs the text to publish");
    }
    int codePoints = text.codePointCount(0, text.length());
    if (codePoints > MAX_TEXT_CODE_POINTS) {
      return new Outcome.Invalid(
          "text is %d characters; the limit is %d".formatted(codePoints, MAX_TEXT_CODE_POINTS));
    }
    if (d.reviewer() == null || d.reviewer().isBlank()) {
      return new Outcome.Invalid("a staff answer needs its reviewer");
    }
    String locale =
        ledger != null && ledger.locale() != null ? ledger.locale() : LanguageDetector.detect(text);
    return new Outcome.Publish(
        answer(d, ledger, text, locale, AnswerSource.STAFF, ControlChars.strip(d.reviewer())));
  }

  /** The shop's acknowledgement for a customer who had no reply at all. */
  private AnswerEvent acknowledgement(ReviewDecision d, AnswerLedger ledger) {
    ValueAndTimestamp<ShopPolicy> published = policies.get(d.shopId());
    ShopPolicy policy = resolver.resolve(d.shopId(), published == null ? null : published.value());
    String language = ledger == null ? null : LanguageDetector.languageOf(ledger.locale());
    boolean covered = language != null && policy.acknowledgements().containsKey(language);
    String replyLanguage = covered ? language : DefaultPolicy.FALLBACK_LANGUAGE;
    String locale = covered ? ledger.locale() : replyLanguage;
    return answer(
        d, ledger, policy.acknowledgementFor(replyLanguage), locale, AnswerSource.FALLBACK, null);
  }

  private AnswerEvent answer(
      ReviewDecision d,
      AnswerLedger ledger,
      String text,
      String locale,
      AnswerSource source,
      String reviewer) {
    int revision = (ledger == null ? 0 : ledger.revision()) + 1;
    return new AnswerEvent(
        AnswerEvent.SCHEMA_VERSION,
        d.questionId(),
        ledger == null ? d.shopId() : ledger.shopId(),
        ledger == null ? null : ledger.productId(),
        AnswerEvent.answerId(d.questionId(), revision),
        revision,
        text,
        locale,
        source,
        clock.instant(),
        reviewer);
  }

  private void remember(ReviewDecision d, AnswerLedger ledger, int revision) {
    AnswerLedger base =
        ledger != null ? ledger : new AnswerLedger(d.shopId(), null, null, 0, List.of());
    ledgers.put(d.questionId(), base.decided(d.decisionId(), revision));
  }
}
