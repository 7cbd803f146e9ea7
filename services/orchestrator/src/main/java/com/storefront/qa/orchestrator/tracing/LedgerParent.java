package com.storefront.qa.orchestrator.tracing;

import com.storefront.qa.orchestrator.decide.AnswerLedger;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.context.Context;
import org.apache.kafka.streams.processor.api.ProcessingContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * A staff decision joins its question's trace: the span that publishes the staff revision is a
 * child of the context the answer ledger kept for the question, linked to the console's send span
 * (the decision record's headers). A question the ledger has no context for (answered while tracing
 * was off) continues the console's trace instead.
 */
public final class LedgerParent implements ParentRule {
  private final String ledgerStoreName;
  private final HeaderPropagation propagation;

  public LedgerParent(String ledgerStoreName, HeaderPropagation propagation) {
    this.ledgerStoreName = ledgerStoreName;
    this.propagation = propagation;
  }

  @Override
  public Parent parentOf(ProcessingContext context, Record<?, ?> record, Context fromHeaders) {
    if (!(record.key() instanceof String questionId)) {
      return Parent.of(fromHeaders);
    }
    KeyValueStore<String, AnswerLedger> ledgers = context.getStateStore(ledgerStoreName);
    AnswerLedger ledger = ledgers.get(questionId);
    Context question = propagation.extract(ledger == null ? null : ledger.traceparent());
    if (!Span.fromContext(question).getSpanContext().isValid()) {
      return Parent.of(fromHeaders);
    }
    return new Parent(question, Span.fromContext(fromHeaders).getSpanContext());
  }
}
